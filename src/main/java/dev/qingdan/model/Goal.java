package dev.qingdan.model;

/**
 * An overall goal of the plan (一、工作目标), such as G1 and G2.
 *
 * @param id {@code G1}, {@code G2}, …
 * @param indicator what is counted
 * @param text the sentence of the plan that sets it
 * @param target the target
 * @param schedule when it is due
 */
public record Goal(String id, String indicator, String text, Target target, Schedule schedule) {}
