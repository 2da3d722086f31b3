// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

/** The exit codes every front end shares. */
public final class ExitCode {
  /** Nothing at or above the failure threshold. */
  public static final int CLEAN = 0;
  /** Findings at or above the failure threshold. */
  public static final int FINDINGS = 1;
  /** Bad usage, bad configuration, or a path that cannot be read. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
