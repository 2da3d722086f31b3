// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.VersionBucket;
import java.util.List;
import java.util.Optional;

/**
 * One IKE peer configuration, normalized across swanctl, stroke and pluto (negotiation.md §1.1):
 * every field holds the daemon's effective value, with defaults of the target's implementation,
 * front end and version bucket (§1.2) applied and marked as such.
 *
 * @param span the conn header (ipsec.conf) or the {@code connections.<name>} section
 * @param version the IKE version it initiates with and accepts ({@code ANY}: IKEv2, accepts both)
 * @param orientation which ipsec.conf end is local and why
 * @param ikeProposals with the daemon's defaults expanded (§4, §5)
 * @param aggressive IKEv1 Aggressive Mode
 * @param vipRequests virtual IPs the local end asks for
 * @param pools addresses served to the remote end
 * @param modeConfigServer Libreswan's {@code leftmodecfgserver} for the local end, implied by an
 *     address pool for the remote end: the end answers configuration payloads and (5.x) insists
 *     on a request. Empty for strongSwan, which serves and expects requests exactly when it has
 *     pools
 * @param forceEncapsulation UDP encapsulation even without NAT ({@code encap}, {@code forceencaps},
 *     Libreswan {@code encapsulation=yes})
 */
public record Connection(
    Target target,
    FrontEnd frontEnd,
    String name,
    Span span,
    Configured<IkeVersion> version,
    ConnectionEnd local,
    ConnectionEnd remote,
    Orientation orientation,
    Configured<ProposalSet> ikeProposals,
    Configured<Boolean> aggressive,
    Configured<List<VirtualIpRequest>> vipRequests,
    Configured<List<AddressPool>> pools,
    IkeLifetimes ikeLifetimes,
    Dpd dpd,
    Configured<Boolean> forceEncapsulation,
    Configured<Boolean> mobike,
    Configured<Fragmentation> fragmentation,
    List<Child> children,
    Optional<Configured<Boolean>> modeConfigServer) {

  public Connection {
    children = List.copyOf(children);
  }

  public VersionBucket bucket() {
    return VersionBucket.of(target);
  }

  /** The strongest start action of the children: whether and how this end initiates. */
  public StartAction initiation() {
    return children.stream().map(child -> child.startAction().value())
        .max(Enum::compareTo).orElse(StartAction.NONE);
  }
}
