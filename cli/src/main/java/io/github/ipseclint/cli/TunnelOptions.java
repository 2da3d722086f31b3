// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.cli;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.Connection;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.Daemon;
import io.github.ipseclint.negotiation.DaemonLoader;
import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Simulator;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.report.negotiation.SimulationInput;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code LEFT RIGHT [--left-target T] [--right-target T]}: the two ends of a tunnel, shared by simulate and matrix. */
final class TunnelOptions {
  /** How many connection names a "no such connection" message lists before it stops. */
  private static final int LISTED_CONNECTIONS = 10;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LEFT",
      description = "One end: a host directory (ipsec.conf + ipsec.secrets, or swanctl/...) or a file, "
          + "optionally #conn to choose a connection (default: its first).")
  String left;

  @Parameters(index = "1", paramLabel = "RIGHT", description = "The other end, written like LEFT.")
  String right;

  @Option(names = "--left-target", paramLabel = "TARGET",
      description = "The daemon release LEFT runs, e.g. strongswan-5.9.8, libreswan-4.10 or libreswan "
          + "(default: the newest release of the implementation its files are written for, strongswan-6.0.6 "
          + "or libreswan-5.4); it also decides how LEFT's ipsec.conf and ipsec.secrets are read.")
  String leftTarget;

  @Option(names = "--right-target", paramLabel = "TARGET", description = "The daemon release RIGHT runs, as --left-target.")
  String rightTarget;

  /** One end read from disk, and what reading it reported. */
  private record End(Peer peer, List<Finding> findings) {}

  /** Reads both ends and simulates the tunnel between them. */
  /**
   * Simulates the two ends and prints what {@code render} makes of the result: the one run of
   * {@code simulate} and {@code matrix}, which differ only in how they show it.
   *
   * @return 0 when every direction ends STABLE, 1 when one fails, 2 when an end cannot be read
   */
  int print(CommandSpec spec, Function<SimulationInput, String> render) {
    SimulationInput input;
    try {
      input = simulate();
    } catch (EndException e) {
      spec.commandLine().getErr().println("ipseclint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(render.apply(input));
    out.flush();
    return input.fails() ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  SimulationInput simulate() throws EndException {
    End leftEnd = load(left, "--left-target", leftTarget);
    End rightEnd = load(right, "--right-target", rightTarget);
    List<Finding> findings = new ArrayList<>(leftEnd.findings());
    rightEnd.findings().stream().filter(finding -> !findings.contains(finding)).forEach(findings::add);
    return SimulationInput.of(left, right, findings, new Simulator().simulate(leftEnd.peer(), rightEnd.peer()));
  }

  private End load(String written, String option, String targetText) throws EndException {
    EndReference reference = EndReference.parse(written);
    Optional<Target> target = Optional.ofNullable(targetText).map(text -> Target.parse(text).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "unknown " + option + " '" + text + "'; write an implementation "
            + "and a release, e.g. strongswan-5.9.8, libreswan-4.10 or strongswan-6")));
    ParseOptions options = ParseOptions.defaults(Path.of(""));
    if (target.isPresent()) {
      // Naming the release also names the dialect of an ipsec.conf whose content does not tell.
      options = options.withTarget(target.get()).withDialect(target.get().implementation());
    }
    DaemonLoader.Loaded loaded;
    try {
      loaded = new DaemonLoader().load(reference.path(), options);
    } catch (NoSuchFileException e) {
      throw new EndException(reference.path() + ": no such file or directory");
    }
    Daemon daemon = loaded.daemon();
    Optional<Connection> connection = loaded.connection(reference.connection());
    if (connection.isEmpty()) {
      throw new EndException(noConnection(reference, daemon));
    }
    if (target.isPresent() && !target.get().is(daemon.target().implementation())) {
      throw new EndException(option + " " + targetText + " is a " + target.get().implementation().label()
          + " release, but " + written + " is a " + daemon.target().implementation().label() + " host");
    }
    return new End(new Peer(daemon, connection.get()), findingsOf(daemon, loaded.findings()));
  }

  /** A directory may hold other hosts' files too: only the chosen host's findings concern the tunnel. */
  private static List<Finding> findingsOf(Daemon daemon, List<Finding> findings) {
    Set<SourceFile> files = daemon.host().documents().stream()
        .flatMap(document -> document.files().stream()).collect(Collectors.toSet());
    return findings.stream().filter(finding -> files.contains(finding.span().file())).toList();
  }

  private static String noConnection(EndReference reference, Daemon daemon) {
    List<String> names = daemon.connections().stream().map(Connection::name).toList();
    if (reference.connection().isEmpty() || names.isEmpty()) {
      return reference.path() + ": no connection found (a host directory holds ipsec.conf or swanctl/swanctl.conf)";
    }
    String listed = names.stream().limit(LISTED_CONNECTIONS).collect(Collectors.joining(", "))
        + (names.size() > LISTED_CONNECTIONS ? ", ..." : "");
    return reference.path() + ": no connection '" + reference.connection().get() + "'; it has " + listed;
  }
}
