// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import picocli.CommandLine;

/** Entry point of the {@code ipseclint} command; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: 0 clean, 1 findings, 2 usage or I/O error. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers that redirect its output. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv(), System.in);
  }

  /** The command line with its environment and standard input given, for tests. */
  static CommandLine commandLine(java.util.Map<String, String> environment, java.io.InputStream stdin) {
    CheckCommand command = new CheckCommand();
    command.environment = environment;
    command.stdin = stdin;
    CommandLine commandLine = new CommandLine(command);
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    return commandLine;
  }
}
