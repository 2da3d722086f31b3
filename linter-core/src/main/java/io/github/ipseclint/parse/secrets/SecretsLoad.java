// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.secrets.LoadedEntry;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.secrets.SecretsFile;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one read of an {@code ipsec.secrets} file collects: trees once per file, entries in load order. */
final class SecretsLoad {
  private final Map<SourceFile, SecretsFile> trees = new LinkedHashMap<>();
  private final List<LoadedEntry> entries = new ArrayList<>();
  private boolean depthReported;

  boolean hasTree(SourceFile file) {
    return trees.containsKey(file);
  }

  /** Keeps the file's place in first-read order before its includes are read. */
  void reserve(SourceFile file) {
    trees.putIfAbsent(file, new SecretsFile(file, List.of(), List.of()));
  }

  void putTree(SecretsFile tree) {
    trees.put(tree.file(), tree);
  }

  void addEntry(LoadedEntry entry) {
    entries.add(entry);
  }

  /** True the first time only: a cycle is reported once, not once per repetition. */
  boolean firstDepthReport() {
    boolean first = !depthReported;
    depthReported = true;
    return first;
  }

  SecretsDocument document(Target target) {
    return new SecretsDocument(target, List.copyOf(trees.keySet()), List.copyOf(trees.values()), entries);
  }
}
