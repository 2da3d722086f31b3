// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A bug in ipseclint ends the run with one line naming the exception type, never a stack trace
 * (messages of unexpected exceptions are not printed: they might quote configuration text).
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println("ipseclint: internal error (" + exception.getClass().getSimpleName()
        + "); please report it with the command you ran");
    return ExitCode.USAGE;
  }
}
