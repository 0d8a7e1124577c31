package dev.qingdan.model;

import java.time.LocalDate;

/**
 * The document the checklist belongs to.
 *
 * @param title the plan's title
 * @param number its document number (文号)
 * @param issuer who issued it
 * @param date the day it was issued
 * @param year the plan's year: schedules without a year fall in it
 * @param checklist the checklist's own title (附件1)
 */
public record Document(
    String title, String number, String issuer, LocalDate date, int year, String checklist) {}
