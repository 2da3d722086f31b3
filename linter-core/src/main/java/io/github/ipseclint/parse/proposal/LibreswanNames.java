// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

import io.github.ipseclint.model.crypto.Algorithm;
import io.github.ipseclint.model.crypto.AlgorithmCatalog;
import io.github.ipseclint.model.crypto.AvailabilityVerdict;
import io.github.ipseclint.model.crypto.Origin;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.crypto.BundledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Libreswan algorithm names of one proposal ({@code alg_byname.c}): case-insensitive
 * aliases, key lengths written {@code aes-256}, {@code aes_256} or {@code aes256}, and the two
 * lengths of a cipher written without one. Reports what it cannot resolve and remembers that the
 * proposal failed.
 */
final class LibreswanNames {
  /** A name with a trailing key length: the digits and at most one {@code _} before them. */
  private static final Pattern TRAILING_LENGTH = Pattern.compile("^(.*[^0-9_])_?([0-9]+)$");
  private static final AlgorithmCatalog CATALOG = BundledCatalog.CATALOG;

  private final Protocol protocol;
  private final WrittenValue value;
  private final Version version;
  private final ProposalProblems problems;
  private Optional<String> failure = Optional.empty();
  private Optional<String> unavailable = Optional.empty();

  LibreswanNames(Protocol protocol, WrittenValue value, Version version, ProposalProblems problems) {
    this.protocol = protocol;
    this.value = value;
    this.version = version;
    this.problems = problems;
  }

  /** The first reason the daemon refuses this proposal, if any. */
  Optional<String> failure() {
    return failure.or(() -> unavailable);
  }

  /**
   * True when the proposal cannot be read further. A keyword the release lacks does not block:
   * the proposal is still canonicalized, so rules can rate what the user meant.
   */
  boolean blocked() {
    return failure.isPresent();
  }

  void fail(String reason, Span span) {
    problems.invalid(reason, span);
    failure = failure.or(() -> Optional.of(reason));
  }

  Span span(LibreswanAlgorithm algorithm) {
    return value.of(algorithm.name().start(), algorithm.end());
  }

  /** True when every name of the group is an entry of that type (no reports). */
  boolean allAre(List<LibreswanAlgorithm> group, TransformType type) {
    return group.stream().allMatch(a -> a.length().isEmpty()
        && CATALOG.lookup(Implementation.LIBRESWAN, a.name().text(), type).isPresent());
  }

  List<Transform> resolve(List<LibreswanAlgorithm> group, TransformType slot) {
    List<Transform> transforms = new ArrayList<>();
    for (LibreswanAlgorithm algorithm : group) {
      Optional<Transform> transform = slot == TransformType.ENCR ? cipher(algorithm) : named(algorithm, slot);
      transform.ifPresent(transforms::add);
    }
    return transforms;
  }

  private Optional<Transform> named(LibreswanAlgorithm written, TransformType slot) {
    TransformType rowType = slot.isAdditionalKeyExchange() ? TransformType.KE : slot;
    Optional<Algorithm> row = CATALOG.lookup(Implementation.LIBRESWAN, written.name().text(), rowType);
    Span span = span(written);
    if (row.isEmpty()) {
      problems.unknown(written.name().text(), span, describe(slot) + " algorithm");
      failure = failure.or(() -> Optional.of(describe(slot) + " algorithm '" + written.name().text() + "' is not recognized"));
      return Optional.empty();
    }
    if (written.length().isPresent()) {
      fail(describe(slot) + " algorithm '" + written.name().text() + "' does not take a key length", span);
    }
    return Optional.of(checked(new Transform(slot, row.get(), List.of(), Origin.EXPLICIT, span), written));
  }

  private Optional<Transform> cipher(LibreswanAlgorithm written) {
    String name = written.name().text();
    Optional<Integer> length = written.length().map(piece -> Integer.parseInt(piece.text()));
    Optional<Algorithm> row = CATALOG.lookup(Implementation.LIBRESWAN, name, TransformType.ENCR);
    Matcher matcher = TRAILING_LENGTH.matcher(name);
    if (row.isEmpty() && length.isEmpty() && matcher.matches()) {
      row = CATALOG.lookup(Implementation.LIBRESWAN, matcher.group(1), TransformType.ENCR);
      length = row.isPresent() ? Optional.of(Integer.parseInt(matcher.group(2))) : length;
    }
    Span span = span(written);
    if (row.isEmpty()) {
      problems.unknown(name, span, "encryption algorithm");
      failure = failure.or(() -> Optional.of("encryption algorithm '" + name + "' is not recognized"));
      return Optional.empty();
    }
    Algorithm algorithm = row.get();
    List<Integer> bits = algorithm.keyBits();
    if (length.isPresent()) {
      Set<Integer> allowed = CATALOG.keyLengths(Implementation.LIBRESWAN, algorithm.ianaName());
      boolean fixedOther = !algorithm.leavesKeyLengthOpen() && !bits.equals(List.of(length.get()));
      if (!allowed.contains(length.get()) || fixedOther) {
        fail(String.format("encryption algorithm '%s' has an invalid key length %d", written.written(),
            length.get()), span);
        return Optional.empty();
      }
      algorithm = withLength(algorithm, length.get());
      bits = List.of(length.get());
    } else if (algorithm.leavesKeyLengthOpen()) {
      // Without a length pluto proposes both: 256 first in IKE, 128 first in ESP (ikev2_proposals.c).
      bits = protocol == Protocol.IKE ? List.of(256, 128) : List.of(128, 256);
    }
    return Optional.of(checked(new Transform(TransformType.ENCR, algorithm, bits, Origin.EXPLICIT, span), written));
  }

  /** The entry rated for that one key length (entries of the same name and length share ratings). */
  private static Algorithm withLength(Algorithm open, int length) {
    return CATALOG.algorithms().stream()
        .filter(a -> a.implementation() == Implementation.LIBRESWAN && a.type() == open.type()
            && a.ianaName().equals(open.ianaName()) && a.keyBits().equals(List.of(length)))
        .findFirst()
        .orElse(open);
  }

  private Transform checked(Transform transform, LibreswanAlgorithm written) {
    AvailabilityVerdict verdict = transform.algorithm().availability().in(version);
    if (verdict != AvailabilityVerdict.AVAILABLE) {
      problems.unavailable(written.name().text(), transform.algorithm(), verdict, transform.span());
      unavailable = unavailable.or(() -> Optional.of("'" + written.name().text() + "' is not supported"));
    }
    return transform;
  }

  static String describe(TransformType type) {
    if (type == TransformType.ENCR) {
      return "encryption";
    }
    if (type == TransformType.INTEG) {
      return "integrity";
    }
    if (type == TransformType.ESN) {
      return "sequence number";
    }
    return type.isKeyExchange() ? "key exchange" : "PRF";
  }
}
