// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.report.negotiation.MatrixFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ipseclint matrix LEFT RIGHT}: the proposal matrix the two network teams agree on, each
 * end's proposals with defaults written out, what both accept, and what is chosen per direction.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "Print the shared proposal matrix of two ends: each end's IKE and ESP proposals (defaults "
        + "written out), the proposals both accept, and what is chosen when each end initiates.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every direction ends STABLE", "1:some direction fails (or a file has errors)",
        "2:usage or I/O error (a missing path, an unknown connection or target)"})
final class MatrixCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  TunnelOptions tunnel;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (default) or html (one self-contained page).")
  String format;

  @Override
  public Integer call() {
    MatrixFormat chosen = MatrixFormat.fromLabel(format).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "unknown --format '" + format + "'; use markdown or html"));
    return tunnel.print(spec, chosen::render);
  }
}
