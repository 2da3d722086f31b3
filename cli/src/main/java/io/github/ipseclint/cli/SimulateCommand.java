// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.report.negotiation.SimulationFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ipseclint simulate LEFT RIGHT}: predicts, for each end that initiates, how the two
 * daemons negotiate, where it fails, how the tunnel lives on, and what each daemon logs.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Predict the IKE negotiation between two ends, in each direction one of them initiates: "
        + "proposals, choices, failures, rekeying and each daemon's log lines.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every direction ends STABLE", "1:some direction fails (or a file has errors)",
        "2:usage or I/O error (a missing path, an unknown connection or target)"})
final class SimulateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  TunnelOptions tunnel;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a transcript, default) or json.")
  String format;

  @Override
  public Integer call() {
    SimulationFormat chosen = SimulationFormat.fromLabel(format).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "unknown --format '" + format + "'; use text or json"));
    return tunnel.print(spec, chosen::render);
  }
}
