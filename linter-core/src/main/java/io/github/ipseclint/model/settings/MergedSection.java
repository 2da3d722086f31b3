// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
   * @param path the dotted path from the root; empty for the root
   * @param declarations the name of every place the section is written, in reading order
   * @param keys the keys in enumeration order, each name once
   * @param sections the subsections in enumeration order, each name once
   */
  public MergedSection(ByteText name, ByteText path, List<Span> declarations,
      Collection<Located<ByteText>> references, Collection<MergedKey> keys,
      Collection<MergedSection> sections) {
    this.name = name;
    this.path = path;
    this.declarations = List.copyOf(declarations);
    this.references = List.copyOf(references);
    this.keys = index(keys, MergedKey::key);
    this.sections = index(sections, MergedSection::name);
  }

  /** One is made for every section of every file read: most have no subsections, some no keys. */
  private static <T> Map<ByteText, T> index(Collection<T> values, Function<T, ByteText> name) {
    if (values.isEmpty()) {
      return Map.of();
    }
    Map<ByteText, T> index = new LinkedHashMap<>();
    for (T value : values) {
      index.put(name.apply(value), value);
    }
    return Collections.unmodifiableMap(index);
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
    return keys.values();
  }

  public Optional<MergedKey> key(ByteText key) {
    return Optional.ofNullable(keys.get(key));
  }

  /** Own subsections in enumeration order. */
  public Collection<MergedSection> sections() {
    return sections.values();
  }

  /** The names of the own subsections in enumeration order. */
  public Set<ByteText> sectionNames() {
    return sections.keySet();
  }

  public Optional<MergedSection> section(ByteText child) {
    return Optional.ofNullable(sections.get(child));
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
