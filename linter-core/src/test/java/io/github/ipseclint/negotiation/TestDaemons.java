// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.negotiation.exchange.Check;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.parse.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes host directories from config text and reads them the way the simulator does. */
public final class TestDaemons {
  private TestDaemons() {}

  /**
   * @param files file name (relative to the host directory, e.g. {@code swanctl/swanctl.conf})
   *     to content
   */
  public static DaemonLoader.Loaded load(Path dir, String target, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.ISO_8859_1);
      }
      Target parsed = Target.parse(target).orElseThrow();
      ParseOptions options = ParseOptions.defaults(dir).withTarget(parsed).withDialect(parsed.implementation());
      return new DaemonLoader().load(dir, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The host's connection of that name (the first when empty). */
  public static Peer peer(Path dir, String target, Map<String, String> files, String connection) {
    DaemonLoader.Loaded loaded = load(dir, target, files);
    return new Peer(loaded.daemon(), loaded.connection(Optional.ofNullable(connection)).orElseThrow(
        () -> new AssertionError("no connection " + connection + " in " + dir + ": " + loaded.findings())));
  }

  public static Peer peer(Path dir, String target, Map<String, String> files) {
    return peer(dir, target, files, null);
  }

  /** Runs checks in order until one stops the exchange. */
  public static CheckStatus run(Exchange exchange, List<Check> checks) {
    for (Check check : checks) {
      CheckStatus status = check.apply(exchange);
      if (status != CheckStatus.CONTINUE) {
        return status;
      }
    }
    return CheckStatus.CONTINUE;
  }

  public static List<String> texts(List<LogLine> lines) {
    return lines.stream().map(LogLine::text).toList();
  }
}
