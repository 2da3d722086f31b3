// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line with its exit code and everything it printed. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    return with(Map.of(), new ByteArrayInputStream(new byte[0]), args);
  }

  /** A run with this environment (instead of the process's) and standard input. */
  static CommandRun with(Map<String, String> environment, InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(environment, stdin);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }

  String all() {
    return out + err;
  }
}
