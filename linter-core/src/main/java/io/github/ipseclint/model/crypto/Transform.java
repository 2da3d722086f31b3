// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One transform of a proposal. A Libreswan cipher written without a key length carries both
 * lengths it proposes. Every transform points at text: the token it was written as, the token it
 * was derived from, or, for a daemon default, the option (or the caller's place when the option
 * is omitted).
 *
 * @param algorithm the catalog entry that rates it (for derived and default transforms, the
 *     implementation's first entry of that name)
 */
public record Transform(
    TransformType type, Algorithm algorithm, List<Integer> keyBits, Origin origin, Span span) {

  public Transform {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(span, "span");
    keyBits = List.copyOf(keyBits);
  }

  public String ianaName() {
    return algorithm.ianaName();
  }

  public Transform withOrigin(Origin newOrigin) {
    return new Transform(type, algorithm, keyBits, newOrigin, span);
  }

  /** The same transform for one Libreswan key length or in another transform slot. */
  public Transform as(TransformType newType) {
    return new Transform(newType, algorithm, keyBits, origin, span);
  }

  /**
   * The name in the canonical text of algorithms.md §1.3: {@code ENCR_}/{@code AUTH_} dropped,
   * {@code _<keylen>} for variable-length ciphers ({@code _{128,256}} when both are proposed),
   * {@code KEn_} for additional key exchanges; without the {@code *} of implied transforms.
   */
  public String canonicalName() {
    return canonicalName(type, algorithm, keyBits);
  }

  /** The canonical name a transform of this type, entry and key lengths has. */
  public static String canonicalName(TransformType type, Algorithm algorithm, List<Integer> keyBits) {
    String name = algorithm.ianaName();
    if (name.startsWith("ENCR_") || name.startsWith("AUTH_")) {
      name = name.substring(5);
    }
    if (algorithm.variableKeyLength() && !keyBits.isEmpty()) {
      name += keyBits.size() == 1
          ? "_" + keyBits.get(0)
          : keyBits.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "_{", "}"));
    }
    if (type.isAdditionalKeyExchange()) {
      name = "KE" + type.round() + "_" + name;
    }
    return name;
  }

  /** The canonical name with a trailing {@code *} when derived or defaulted. */
  public String canonicalText() {
    return canonicalName() + (origin.isImplied() ? "*" : "");
  }

  /** Same transform (type, name and key lengths), whatever its origin and place. */
  public boolean sameAs(Transform other) {
    return type == other.type && ianaName().equals(other.ianaName()) && keyBits.equals(other.keyBits);
  }
}
