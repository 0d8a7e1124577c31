package dev.qingdan;

import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests settings for every test package: approved files in a subfolder, no diff tool. */
public class PackageSettings {
  public static String UseApprovalSubdirectory = "approved";
  public static QuietReporter UseReporter = new QuietReporter();
}
