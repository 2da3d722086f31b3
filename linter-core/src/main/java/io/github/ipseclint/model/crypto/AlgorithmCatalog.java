// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.target.Implementation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every proposal keyword both implementations know, looked up the way each daemon compares
 * keywords ({@link KeywordCase}). One keyword can have several entries (Libreswan {@code sha2} is
 * INTEG and PRF, strongSwan {@code aes128gmac} ENCR and INTEG); the parser's position or the
 * protocol picks one.
 */
public final class AlgorithmCatalog {
  private final List<Algorithm> algorithms;
  private final List<SyntaxElement> syntax;
  private final Map<Implementation, Map<String, List<Algorithm>>> byKeyword =
      new EnumMap<>(Implementation.class);

  public AlgorithmCatalog(List<Algorithm> algorithms, List<SyntaxElement> syntax) {
    this.algorithms = List.copyOf(algorithms);
    this.syntax = List.copyOf(syntax);
    for (Implementation implementation : Implementation.values()) {
      byKeyword.put(implementation, new LinkedHashMap<>());
    }
    for (Algorithm algorithm : this.algorithms) {
      String key = KeywordCase.of(algorithm.implementation()).normalize(algorithm.keyword());
      byKeyword.get(algorithm.implementation())
          .computeIfAbsent(key, ignored -> new ArrayList<>())
          .add(algorithm);
    }
  }

  public List<Algorithm> algorithms() {
    return algorithms;
  }

  public List<SyntaxElement> syntax() {
    return syntax;
  }

  /** Every entry of the keyword, in catalog order; empty when the daemon does not know it. */
  public List<Algorithm> lookup(Implementation implementation, String keyword) {
    String key = KeywordCase.of(implementation).normalize(keyword);
    return List.copyOf(byKeyword.get(implementation).getOrDefault(key, List.of()));
  }

  /** The entry of the keyword for one transform type. */
  public Optional<Algorithm> lookup(Implementation implementation, String keyword, TransformType type) {
    return lookup(implementation, keyword).stream().filter(a -> a.type() == type).findFirst();
  }

  /** The first entry naming a transform: how defaults and derived transforms find their ratings. */
  public Optional<Algorithm> byIanaName(Implementation implementation, TransformType type, String ianaName) {
    return algorithms.stream()
        .filter(a -> a.implementation() == implementation && a.type() == type
            && a.ianaName().equals(ianaName))
        .findFirst();
  }

  /** Every key length the implementation accepts for a cipher (union over its keywords). */
  public Set<Integer> keyLengths(Implementation implementation, String ianaName) {
    Set<Integer> lengths = new TreeSet<>();
    for (Algorithm algorithm : algorithms) {
      if (algorithm.implementation() == implementation && algorithm.type() == TransformType.ENCR
          && algorithm.ianaName().equals(ianaName) && algorithm.variableKeyLength()) {
        lengths.addAll(algorithm.keyBits());
      }
    }
    return lengths;
  }

  /** The keywords of one implementation in their stored form (for suggestions). */
  public Set<String> keywords(Implementation implementation) {
    return Set.copyOf(byKeyword.get(implementation).keySet());
  }
}
