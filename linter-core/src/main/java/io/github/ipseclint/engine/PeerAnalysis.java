// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.pairing.PairingResult;
import io.github.ipseclint.pairing.SimulatedTunnel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the peer rules read: the tunnels found among the scanned hosts, each simulated once, and
 * the files a change touched (when the front end knows them).
 *
 * @param changedFiles absolute, normalized paths; empty when the run lints everything as a whole
 */
public record PeerAnalysis(PairingResult pairing, List<SimulatedTunnel> tunnels, Set<Path> changedFiles) {

  public PeerAnalysis {
    tunnels = List.copyOf(tunnels);
    changedFiles = Set.copyOf(changedFiles);
  }

  /** Where a finding about two ends goes: its primary place and the other end's place. */
  public record Placement(Span primary, Optional<Span> related) {}

  /**
   * The primary location of a finding that involves a setting on each end. By default it is
   * {@code preferred}, the end where the fix most naturally goes (each rule says which); when the
   * run knows the changed files and only the other end's file changed, the finding moves there, so
   * that a pull request that breaks a tunnel is told so in the file it changes.
   */
  public Placement place(Span preferred, Optional<Span> other) {
    if (other.isPresent() && !changedFiles.isEmpty() && !changed(preferred) && changed(other.get())) {
      return new Placement(other.get(), Optional.of(preferred));
    }
    return new Placement(preferred, other);
  }

  private boolean changed(Span span) {
    return span.file().path().map(path -> changedFiles.contains(path.toAbsolutePath().normalize())).orElse(false);
  }
}
