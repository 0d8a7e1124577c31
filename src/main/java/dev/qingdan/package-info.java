/**
 * The entry point: {@link dev.qingdan.Main} sets up the terminal (whether output is one, its
 * width, the UTF-8 writers) and runs one command through {@code cli}; {@link dev.qingdan.Training}
 * runs every command once while the launcher builds the start-up archive. Imports {@code cli} and
 * {@code text}; nothing imports it.
 */
package dev.qingdan;
