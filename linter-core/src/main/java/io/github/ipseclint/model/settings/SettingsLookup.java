// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * libstrongswan's lookup semantics over the merged tree (formats.md §3.3): the sections seen at a
 * path are the own section, then every section reached through references, left to right and
 * recursively; references are absolute paths resolved at lookup time, missing targets are
 * ignored and cycles are cut (each section is visited once per chain).
 */
public final class SettingsLookup {
  /** Chains of references deeper than this are not followed; no real file comes close. */
  private static final int MAX_REFERENCE_DEPTH = 64;

  private final MergedSection root;

  public SettingsLookup(MergedSection root) {
    this.root = root;
  }

  /** The sections a lookup at {@code path} visits, in lookup order, each once. */
  public List<MergedSection> sectionsAt(List<ByteText> path) {
    return sectionsAt(path, new ArrayDeque<>());
  }

  /** The value of {@code key} in the section at {@code path}, references applied. */
  public Optional<ResolvedValue> value(List<ByteText> path, ByteText key) {
    ByteText own = join(path);
    for (MergedSection section : sectionsAt(path)) {
      Optional<MergedKey> found = section.key(key);
      if (found.isPresent()) {
        return Optional.of(resolvedValue(found.get(), section, own));
      }
    }
    return Optional.empty();
  }

  /** The whole tree as the daemon's enumerators see it. */
  public ResolvedSection resolveAll() {
    return resolve(List.of(), ByteText.EMPTY, List.of(root), new ArrayList<>());
  }

  /**
   * @param own the dotted form of {@code path}
   * @param visited {@code sectionsAt(path)}: each level is one lookup step from its parent's, so
   *     the tree is resolved without walking every path from the root again
   */
  private ResolvedSection resolve(List<ByteText> path, ByteText own, List<MergedSection> visited,
      List<List<MergedSection>> ancestors) {
    Map<ByteText, ResolvedValue> entries = new LinkedHashMap<>();
    Map<ByteText, Boolean> childNames = new LinkedHashMap<>();
    for (MergedSection section : visited) {
      for (MergedKey key : section.keys()) {
        entries.putIfAbsent(key.key(), resolvedValue(key, section, own));
      }
      section.sections().forEach(child -> childNames.putIfAbsent(child.name(), true));
    }
    boolean recursive = ancestors.stream().anyMatch(list -> sameSections(list, visited));
    List<ResolvedSection> children = new ArrayList<>();
    if (!recursive) {
      ancestors.add(visited);
      for (ByteText child : childNames.keySet()) {
        List<ByteText> childPath = new ArrayList<>(path);
        childPath.add(child);
        ByteText childOwn = own.isEmpty() ? child : new ByteText(own.latin1() + "." + child.latin1());
        children.add(resolve(childPath, childOwn, step(visited, child, new ArrayDeque<>()), ancestors));
      }
      ancestors.remove(ancestors.size() - 1);
    }
    MergedSection first = visited.isEmpty() ? root : visited.get(0);
    Optional<ByteText> inheritedFrom = first.path().equals(own) ? Optional.empty() : Optional.of(first.path());
    ByteText name = path.isEmpty() ? ByteText.EMPTY : path.get(path.size() - 1);
    return new ResolvedSection(name, own,
        first.declarations().isEmpty() ? null : first.declarations().get(0),
        inheritedFrom, List.copyOf(entries.values()), children, recursive);
  }

  private static boolean sameSections(List<MergedSection> a, List<MergedSection> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static ResolvedValue resolvedValue(MergedKey key, MergedSection section, ByteText own) {
    Optional<ByteText> from = section.path().equals(own) ? Optional.empty() : Optional.of(section.path());
    return new ResolvedValue(key.key(), key.value(), key.span(), from);
  }

  private List<MergedSection> sectionsAt(List<ByteText> path, Deque<MergedSection> chain) {
    List<MergedSection> current = List.of(root);
    if (path.isEmpty()) {
      return current;
    }
    for (ByteText segment : path) {
      current = step(current, segment, chain);
    }
    return current;
  }

  /** One lookup step: the sections {@code segment} names in each of {@code current}, expanded. */
  private List<MergedSection> step(List<MergedSection> current, ByteText segment, Deque<MergedSection> chain) {
    List<MergedSection> next = new ArrayList<>();
    Set<MergedSection> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (MergedSection section : current) {
      section.section(segment).ifPresent(child -> expand(child, next, seen, chain));
    }
    return next;
  }

  /** Adds {@code section} and, recursively, what its references resolve to. */
  private void expand(MergedSection section, List<MergedSection> out, Set<MergedSection> seen,
      Deque<MergedSection> chain) {
    if (chain.contains(section) || chain.size() > MAX_REFERENCE_DEPTH) {
      return;
    }
    if (seen.add(section)) {
      out.add(section);
    }
    chain.push(section);
    for (Located<ByteText> reference : section.references()) {
      for (MergedSection target : sectionsAt(split(reference.value()), chain)) {
        if (seen.add(target)) {
          out.add(target);
        }
      }
    }
    chain.pop();
  }

  /** A reference's dotted path as names. */
  public static List<ByteText> split(ByteText dotted) {
    List<ByteText> names = new ArrayList<>();
    for (String part : dotted.latin1().split("\\.", -1)) {
      names.add(new ByteText(part));
    }
    return names;
  }

  private static ByteText join(List<ByteText> path) {
    StringBuilder out = new StringBuilder();
    for (ByteText name : path) {
      out.append(out.length() == 0 ? "" : ".").append(name.latin1());
    }
    return new ByteText(out.toString());
  }
}
