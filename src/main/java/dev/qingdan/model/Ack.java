package dev.qingdan.model;

import java.time.LocalDate;

/**
 * A reviewed change of a checklist revision, accepted so that {@code diff --fail-on} lets it pass.
 *
 * @param fingerprint the change's fingerprint as {@code diff} prints it
 * @param reason why the change is accepted
 * @param date the day it was reviewed
 */
public record Ack(String fingerprint, String reason, LocalDate date) {}
