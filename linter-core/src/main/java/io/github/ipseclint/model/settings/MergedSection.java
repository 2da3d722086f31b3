// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A section after every file is read: all sections of the same path merged recursively, keys
 * merged, references kept once each in first-seen order. References are not applied here (see
 * {@link SettingsLookup}). Compared by identity: each path has exactly one merged section.
 */
public final class MergedSection {
  private final ByteText name;
  private final ByteText path;
  private final List<Span> declarations;
  private final List<Located<ByteText>> references;
  private final Map<ByteText, MergedKey> keys;
  private final Map<ByteText, MergedSection> sections;

  /**
   * Made by {@link MergedSectionBuilder#build()}, whose maps it takes over.
   *
   * @param path the dotted path from the root; empty for the root
   * @param declarations the name of every place the section is written, in reading order
   * @param keys the keys by name, in enumeration order
   * @param sections the subsections by name, in enumeration order
   */
  MergedSection(ByteText name, ByteText path, List<Span> declarations, List<Located<ByteText>> references,
      Map<ByteText, MergedKey> keys, Map<ByteText, MergedSection> sections) {
    this.name = name;
    this.path = path;
    this.declarations = List.copyOf(declarations);
    this.references = List.copyOf(references);
    this.keys = keys.isEmpty() ? Map.of() : Collections.unmodifiableMap(keys);
    this.sections = sections.isEmpty() ? Map.of() : Collections.unmodifiableMap(sections);
  }

  public ByteText name() {
    return name;
  }

  public ByteText path() {
    return path;
  }

  public boolean isRoot() {
    return path.isEmpty();
  }

  public List<Span> declarations() {
    return declarations;
  }

  public List<Located<ByteText>> references() {
    return references;
  }

  /** Own keys in enumeration order (first occurrence). */
  public Collection<MergedKey> keys() {
    // Iterating an empty Map.of()'s values still makes a view iterator; List.of() makes none.
    return keys.isEmpty() ? List.of() : keys.values();
  }

  public Optional<MergedKey> key(ByteText key) {
    return Optional.ofNullable(keys.get(key));
  }

  /** Own subsections in enumeration order. */
  public Collection<MergedSection> sections() {
    return sections.isEmpty() ? List.of() : sections.values();
  }

  /** The names of the own subsections in enumeration order. */
  public Set<ByteText> sectionNames() {
    return sections.keySet();
  }

  public Optional<MergedSection> section(ByteText child) {
    return Optional.ofNullable(sections.get(child));
  }

  /** {@link #section(ByteText)} for the lookup, which asks it for every section it resolves. */
  MergedSection sectionOrNull(ByteText child) {
    return sections.get(child);
  }

  /** The path of a child of this section. */
  public ByteText childPath(ByteText child) {
    return isRoot() ? child : new ByteText(path.latin1() + "." + child.latin1());
  }

  @Override
  public String toString() {
    return "section " + (isRoot() ? "(root)" : path.display());
  }
}
