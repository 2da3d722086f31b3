// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        return Optional.of(resolvedValue(found.get(), from(section, own)));
      }
    }
    return Optional.empty();
  }

  /** The whole tree as the daemon's enumerators see it. */
  public ResolvedSection resolveAll() {
    return resolve(ByteText.EMPTY, ByteText.EMPTY, List.of(root), new ArrayList<>(), new ArrayDeque<>());
  }

  /**
   * Runs for every section of every file read. Nearly always {@code visited} is the section
   * alone (nothing is inherited), and then its keys and subsections are taken as they are; only
   * sections reached through references need the merging by name.
   *
   * @param name the section's name; empty for the root
   * @param own the section's dotted path
   * @param visited {@code sectionsAt(path)}: each level is one lookup step from its parent's, so
   *     the tree is resolved without walking every path from the root again
   * @param chain an empty deque that {@link #step} may use and leaves empty
   */
  private ResolvedSection resolve(ByteText name, ByteText own, List<MergedSection> visited,
      List<List<MergedSection>> ancestors, Deque<MergedSection> chain) {
    boolean recursive = isRepeated(visited, ancestors);
    List<ResolvedSection> children = new ArrayList<>();
    if (!recursive) {
      ancestors.add(visited);
      for (ByteText child : childNames(visited)) {
        List<MergedSection> next = step(visited, child, chain);
        children.add(resolve(child, childPath(visited, own, child, next), next, ancestors, chain));
      }
      ancestors.remove(ancestors.size() - 1);
    }
    MergedSection first = visited.isEmpty() ? root : visited.get(0);
    Optional<ByteText> inheritedFrom = first.path().equals(own) ? Optional.empty() : Optional.of(first.path());
    return new ResolvedSection(name, own,
        first.declarations().isEmpty() ? null : first.declarations().get(0),
        inheritedFrom, entries(visited, own), children, recursive);
  }

  /**
   * The dotted path of {@code child} below {@code own}. When the section's own subsection comes
   * first (nearly always), that subsection's path is the one: no new string per section, and the
   * path comparisons with it ({@code inheritedFrom}) find the same object at once.
   */
  private static ByteText childPath(List<MergedSection> visited, ByteText own, ByteText child,
      List<MergedSection> next) {
    if (!visited.isEmpty() && visited.get(0).path() == own && !next.isEmpty()
        && visited.get(0).sectionOrNull(child) == next.get(0)) {
      return next.get(0).path();
    }
    return own.isEmpty() ? child : new ByteText(own.latin1() + "." + child.latin1());
  }

  /** True when an ancestor visits the same sections: references loop back into the path. */
  private static boolean isRepeated(List<MergedSection> visited, List<List<MergedSection>> ancestors) {
    for (List<MergedSection> ancestor : ancestors) {
      if (sameSections(ancestor, visited)) {
        return true;
      }
    }
    return false;
  }

  /** Every key of the visited sections, the first one seen of each name. */
  private static List<ResolvedValue> entries(List<MergedSection> visited, ByteText own) {
    if (visited.size() == 1) {
      // A merged section's keys are unique already.
      MergedSection section = visited.get(0);
      Optional<ByteText> from = from(section, own);
      List<ResolvedValue> entries = new ArrayList<>(section.keys().size());
      for (MergedKey key : section.keys()) {
        entries.add(resolvedValue(key, from));
      }
      return entries;
    }
    Map<ByteText, ResolvedValue> entries = new LinkedHashMap<>();
    for (MergedSection section : visited) {
      Optional<ByteText> from = from(section, own);
      for (MergedKey key : section.keys()) {
        if (!entries.containsKey(key.key())) {
          entries.put(key.key(), resolvedValue(key, from));
        }
      }
    }
    return new ArrayList<>(entries.values());
  }

  /** The subsection names of the visited sections, each once, in enumeration order. */
  private static Collection<ByteText> childNames(List<MergedSection> visited) {
    if (visited.size() == 1) {
      return visited.get(0).sectionNames();
    }
    Set<ByteText> names = new LinkedHashSet<>();
    for (MergedSection section : visited) {
      names.addAll(section.sectionNames());
    }
    return names;
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

  /** The {@code inheritedFrom} of the keys of {@code section} seen from the path {@code own}. */
  private static Optional<ByteText> from(MergedSection section, ByteText own) {
    return section.path().equals(own) ? Optional.empty() : Optional.of(section.path());
  }

  private static ResolvedValue resolvedValue(MergedKey key, Optional<ByteText> from) {
    return new ResolvedValue(key.key(), key.value(), key.span(), from);
  }

  private List<MergedSection> sectionsAt(List<ByteText> path, Deque<MergedSection> chain) {
    List<MergedSection> current = List.of(root);
    for (ByteText segment : path) {
      current = step(current, segment, chain);
    }
    return current;
  }

  /** One lookup step: the sections {@code segment} names in each of {@code current}, expanded. */
  private List<MergedSection> step(List<MergedSection> current, ByteText segment, Deque<MergedSection> chain) {
    if (current.size() == 1) {
      // The common case, a step without references on the way: no list or set to build.
      MergedSection child = current.get(0).sectionOrNull(segment);
      if (child == null) {
        return List.of();
      }
      if (child.references().isEmpty() && isFollowed(child, chain)) {
        return List.of(child);
      }
    }
    List<MergedSection> next = new ArrayList<>();
    for (MergedSection section : current) {
      MergedSection child = section.sectionOrNull(segment);
      if (child != null) {
        expand(child, next, chain);
      }
    }
    return next;
  }

  /** False when following {@code section} would close a cycle or go too deep. */
  private static boolean isFollowed(MergedSection section, Deque<MergedSection> chain) {
    return !chain.contains(section) && chain.size() <= MAX_REFERENCE_DEPTH;
  }

  /**
   * Adds {@code section} and, recursively, what its references resolve to, each section once
   * ({@code out} is short: the sections one path reaches, so a scan beats a hash set).
   */
  private void expand(MergedSection section, List<MergedSection> out, Deque<MergedSection> chain) {
    if (!isFollowed(section, chain)) {
      return;
    }
    addOnce(out, section);
    chain.push(section);
    for (Located<ByteText> reference : section.references()) {
      for (MergedSection target : sectionsAt(split(reference.value()), chain)) {
        addOnce(out, target);
      }
    }
    chain.pop();
  }

  /** Adds {@code section} unless it is there already (sections compare by identity). */
  private static void addOnce(List<MergedSection> out, MergedSection section) {
    for (MergedSection present : out) {
      if (present == section) {
        return;
      }
    }
    out.add(section);
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
