// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalOrigin;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Libreswan proposal, read as algorithms.md §1.3 (Libreswan algorithm) says: positional
 * groups per proposal kind, {@code ;TYPE=} items, validation, then the defaults merged in.
 */
final class LibreswanProposal {
  private static final Version EXPLICIT_TYPES_SINCE = Version.of(5, 4);

  private final Protocol protocol;
  private final IkeVersion ikeVersion;
  private final ProposalContext context;
  private final LibreswanNames names;
  private final Span span;
  private final Map<TransformType, List<Transform>> slots = new EnumMap<>(TransformType.class);

  LibreswanProposal(Protocol protocol, ProposalContext context, WrittenValue value, Piece piece,
      ProposalProblems problems) {
    this.protocol = protocol;
    this.ikeVersion = context.ikeVersion() == IkeVersion.IKEV1 ? IkeVersion.IKEV1 : IkeVersion.IKEV2;
    this.context = context;
    this.span = value.of(piece.start(), piece.end());
    this.names = new LibreswanNames(protocol, value, context.target().version(), problems);
  }

  Proposal read(Piece piece, WrittenValue value) {
    LibreswanGroups groups = LibreswanGroups.scan(piece);
    for (Piece problem : groups.problems()) {
      names.fail("unexpected or empty '" + problem.text() + "' in proposal '" + piece.text() + "'",
          value.of(problem.start(), problem.end()));
    }
    assignPositional(groups.positional());
    groups.keGroup().ifPresent(group -> put(TransformType.KE, group));
    for (LibreswanGroups.Explicit item : groups.explicit()) {
      explicit(item, value);
    }
    if (!names.blocked()) {
      validate();
    }
    if (!names.blocked()) {
      mergeDefaults();
    }
    List<Transform> transforms = new ArrayList<>();
    slots.values().forEach(list -> list.stream()
        .filter(t -> transforms.stream().noneMatch(t::sameAs))
        .forEach(transforms::add));
    return new Proposal(protocol, transforms, ProposalOrigin.CONFIGURED, span, names.failure());
  }

  private void assignPositional(List<List<LibreswanAlgorithm>> groups) {
    List<TransformType> order;
    if (protocol == Protocol.AH) {
      order = List.of(TransformType.INTEG, TransformType.KE);
    } else if (protocol == Protocol.ESP) {
      order = List.of(TransformType.ENCR, TransformType.INTEG, TransformType.KE);
    } else if (ikeVersion == IkeVersion.IKEV1 || groups.size() < 2) {
      order = List.of(TransformType.ENCR, TransformType.PRF, TransformType.KE);
    } else {
      order = ikeV2Order(groups);
    }
    for (int i = 0; i < groups.size(); i++) {
      if (i >= order.size()) {
        LibreswanAlgorithm extra = groups.get(i).get(0);
        names.fail("too many algorithms: '" + extra.written() + "' has no place in a "
            + protocol + " proposal", names.span(extra));
        return;
      }
      put(order.get(i), groups.get(i));
    }
  }

  /**
   * IKEv2: ENCR-PRF[-INTEG]-KE, where the optional INTEG group is taken only when it names
   * integrity-only algorithms; a first hash group that is no PRF but an INTEG is the pre-5.4
   * order ENCR-INTEG-PRF-KE.
   */
  private List<TransformType> ikeV2Order(List<List<LibreswanAlgorithm>> groups) {
    boolean prfFirst = names.allAre(groups.get(1), TransformType.PRF);
    if (prfFirst) {
      boolean integNext = groups.size() > 2 && names.allAre(groups.get(2), TransformType.INTEG)
          && !names.allAre(groups.get(2), TransformType.PRF);
      return integNext
          ? List.of(TransformType.ENCR, TransformType.PRF, TransformType.INTEG, TransformType.KE)
          : List.of(TransformType.ENCR, TransformType.PRF, TransformType.KE);
    }
    if (names.allAre(groups.get(1), TransformType.INTEG)) {
      return List.of(TransformType.ENCR, TransformType.INTEG, TransformType.PRF, TransformType.KE);
    }
    return List.of(TransformType.ENCR, TransformType.PRF, TransformType.KE);
  }

  private void explicit(LibreswanGroups.Explicit item, WrittenValue value) {
    Span typeSpan = value.of(item.type().start(), item.type().end());
    if (context.target().version().isBefore(EXPLICIT_TYPES_SINCE)) {
      names.fail("';" + item.type().text() + "=' needs Libreswan 5.4 or later", typeSpan);
      return;
    }
    Optional<TransformType> type = typeNamed(item.type().text());
    if (type.isEmpty() || (type.get().isAdditionalKeyExchange() && ikeVersion == IkeVersion.IKEV1)) {
      names.fail("unknown transform type '" + item.type().text() + "='", typeSpan);
      return;
    }
    put(type.get(), item.group());
  }

  private static Optional<TransformType> typeNamed(String text) {
    String type = text.toLowerCase(Locale.ROOT);
    if (type.matches("addke[1-7]")) {
      return Optional.of(TransformType.additionalKeyExchange(type.charAt(5) - '0'));
    }
    Map<String, TransformType> types = Map.of("encrypt", TransformType.ENCR, "prf", TransformType.PRF,
        "integ", TransformType.INTEG, "ke", TransformType.KE, "sn", TransformType.ESN);
    return Optional.ofNullable(types.get(type));
  }

  private void put(TransformType type, List<LibreswanAlgorithm> group) {
    if (slots.containsKey(type)) {
      names.fail("more than one " + LibreswanNames.describe(type) + " group", names.span(group.get(0)));
      return;
    }
    List<Transform> transforms = names.resolve(group, type);
    for (Transform transform : transforms) {
      if (!transform.algorithm().usage().allows(protocol, ikeVersion)) {
        names.fail(String.format("%s algorithm '%s' is not supported in %s proposals",
            LibreswanNames.describe(type), transform.algorithm().keyword(), protocol), transform.span());
      }
    }
    slots.put(type, new ArrayList<>(transforms));
  }

  /** Libreswan's proposal checks (algorithms.md §1.2 rule 5), with pluto's wording. */
  private void validate() {
    List<Transform> ciphers = slot(TransformType.ENCR);
    boolean anyAead = ciphers.stream().anyMatch(t -> t.algorithm().aead());
    boolean allAead = !ciphers.isEmpty() && ciphers.stream().allMatch(t -> t.algorithm().aead());
    if (anyAead && !allAead) {
      names.fail("AEAD and non-AEAD " + protocol + " encryption algorithm cannot be combined", span);
      return;
    }
    List<Transform> integ = slot(TransformType.INTEG);
    boolean noneInteg = integ.stream().anyMatch(t -> t.algorithm().isNone());
    if (protocol != Protocol.AH && !ciphers.isEmpty() && !allAead && noneInteg) {
      names.fail("non-AEAD " + protocol + " encryption algorithm '" + ciphers.get(0).algorithm().keyword()
          + "' cannot have 'NONE' as the integrity algorithm", integ.get(0).span());
      return;
    }
    if (allAead && integ.stream().anyMatch(t -> !t.algorithm().isNone())) {
      names.fail("AEAD " + protocol + " encryption algorithm '" + ciphers.get(0).algorithm().keyword()
          + "' must have 'NONE' as the integrity algorithm", integ.get(0).span());
      return;
    }
    if (protocol == Protocol.IKE && slot(TransformType.KE).stream().anyMatch(t -> t.algorithm().isNone())) {
      names.fail("IKE key exchange algorithm 'NONE' is not permitted", span);
      return;
    }
    // AEAD's integrity is NONE; the canonical text leaves it out (algorithms.md §6.1 L06).
    integ.removeIf(t -> t.algorithm().isNone());
  }

  /** merge_defaults: fill the omitted IKE PRF and KE lists, derive INTEG, fill ESP integrity. */
  private void mergeDefaults() {
    boolean aead = slot(TransformType.ENCR).stream().anyMatch(t -> t.algorithm().aead());
    if (protocol == Protocol.IKE) {
      if (slot(TransformType.PRF).isEmpty()) {
        slot(TransformType.PRF).addAll(LibreswanDefaults.prfs(context.target(), ikeVersion, span));
      }
      if (!aead && slot(TransformType.INTEG).isEmpty()) {
        for (Transform prf : slot(TransformType.PRF)) {
          IntegPrfPairs.integOf(prf.ianaName())
              .flatMap(name -> BundledCatalog.CATALOG.byIanaName(Implementation.LIBRESWAN, TransformType.INTEG, name))
              .ifPresent(integ -> slot(TransformType.INTEG).add(
                  new Transform(TransformType.INTEG, integ, List.of(), Origin.DERIVED, prf.span())));
        }
      }
      if (slot(TransformType.KE).isEmpty()) {
        slot(TransformType.KE).addAll(LibreswanDefaults.keyExchanges(context.target(), ikeVersion, span));
      }
    } else {
      if (protocol == Protocol.ESP && !aead && slot(TransformType.INTEG).isEmpty()) {
        slot(TransformType.INTEG).addAll(LibreswanDefaults.espIntegrity(context.target(), ikeVersion, span));
      }
      if (!context.pfs()) {
        // pluto: "ignoring ESP DH algorithm ... as PFS policy is disabled"
        slots.keySet().removeIf(TransformType::isKeyExchange);
      }
    }
  }

  private List<Transform> slot(TransformType type) {
    return slots.computeIfAbsent(type, ignored -> new ArrayList<>());
  }
}
