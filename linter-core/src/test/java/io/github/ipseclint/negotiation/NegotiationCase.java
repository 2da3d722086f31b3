// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One case file of {@code spec/negotiation-cases/} as the harness needs it: the config fragments
 * of each side, keyed as the file keys them ({@code libreswan (a)}), and the expectations and
 * observed runs, each with its free-text pairing and its verdict.
 */
record NegotiationCase(String id, String title, Map<Side, Map<String, String>> fragments, List<CaseEntry> entries) {

  NegotiationCase {
    fragments = Map.copyOf(fragments);
    entries = List.copyOf(entries);
  }

  /** The case directory below the shared tree, found like the corpus tests find theirs. */
  static Path directory() {
    return Path.of(System.getProperty("ipseclint.shared", "../../shared"), "spec", "negotiation-cases");
  }

  /** Every case file of the directory, in id order. */
  static List<NegotiationCase> loadAll(Path directory) throws IOException {
    List<NegotiationCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("C\\d+\\.yaml")).sorted().toList()) {
        cases.add(load(file));
      }
    }
    return cases;
  }

  static NegotiationCase load(Path file) throws IOException {
    Map<String, Object> root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    }
    Map<Side, Map<String, String>> fragments = new LinkedHashMap<>();
    for (Side side : Side.values()) {
      Map<String, Object> sideNode = CaseYaml.map(root, side.label());
      Map<String, String> configs = new LinkedHashMap<>();
      CaseYaml.map(sideNode, "configs").forEach((key, text) -> configs.put(key, String.valueOf(text)));
      fragments.put(side, configs);
    }
    List<CaseEntry> entries = new ArrayList<>();
    for (CaseEntry.Kind kind : CaseEntry.Kind.values()) {
      List<Map<String, Object>> nodes = CaseYaml.mapList(root, kind.key());
      for (int i = 0; i < nodes.size(); i++) {
        entries.add(CaseEntry.of(kind, i + 1, nodes.get(i)));
      }
    }
    return new NegotiationCase(String.valueOf(root.get("id")), String.valueOf(root.get("title")), fragments, entries);
  }

  Optional<CaseEntry> entry(String label) {
    return entries.stream().filter(entry -> entry.label().equals(label)).findFirst();
  }

  Optional<String> fragment(Side side, String key) {
    return Optional.ofNullable(fragments.get(side).get(key));
  }
}
