// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the plain maps and lists SnakeYAML's safe constructor returns, for the case
 * files and our readings of them: a missing or mistyped node is an error in the test data, and
 * says where.
 */
final class CaseYaml {
  private CaseYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object node = parent.get(key);
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException("'" + key + "' is not a mapping: " + node);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> optionalMap(Map<String, Object> parent, String key) {
    Object node = parent.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException("'" + key + "' is not a mapping: " + node);
    }
    return Optional.of((Map<String, Object>) node);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> mapList(Map<String, Object> parent, String key) {
    Object node = parent.get(key);
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List)) {
      throw new IllegalArgumentException("'" + key + "' is not a list: " + node);
    }
    return (List<Map<String, Object>>) node;
  }

  /** A list of scalars; a single scalar counts as a list of one, an absent or empty node as none. */
  static List<String> strings(Map<String, Object> parent, String key) {
    Object node = parent.get(key);
    if (node == null) {
      return List.of();
    }
    if (node instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(node));
  }

  static Optional<String> string(Map<String, Object> parent, String key) {
    return Optional.ofNullable(parent.get(key)).map(String::valueOf);
  }

  static String requiredString(Map<String, Object> parent, String key) {
    return string(parent, key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' missing in " + parent));
  }
}
