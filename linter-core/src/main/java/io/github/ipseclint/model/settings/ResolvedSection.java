// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A section as the daemon's enumerators see it: own keys and subsections first, then those
 * reached through references (left to right, recursively), each name once.
 *
 * @param path the dotted path from the root; empty for the root
 * @param span the first place the section is written (in a referenced section when it has no
 *     own declaration)
 * @param inheritedFrom the path of the section it was written in, when it only exists through a
 *     reference
 * @param entries every key, including those whose value is cleared by {@code key =}
 * @param recursive true when references loop back into this section's own path, so its
 *     subsections are not expanded again (the daemon tolerates such cycles)
 */
public record ResolvedSection(
    ByteText name, ByteText path, Span span, Optional<ByteText> inheritedFrom,
    List<ResolvedValue> entries, List<ResolvedSection> sections, boolean recursive) {

  public ResolvedSection {
    entries = List.copyOf(entries);
    sections = List.copyOf(sections);
  }

  /**
   * Keys that have a value, in enumeration order. Asked for every section a check visits, and
   * {@code key =} (no value) is rare, so the entries themselves are returned when all have one.
   */
  public List<ResolvedValue> values() {
    for (ResolvedValue entry : entries) {
      if (!entry.isPresent()) {
        return entries.stream().filter(ResolvedValue::isPresent).toList();
      }
    }
    return entries;
  }

  /** The value of {@code key}: empty when absent or cleared. */
  public Optional<ResolvedValue> value(String key) {
    for (ResolvedValue entry : entries) {
      if (entry.isPresent() && entry.key().latin1().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  public Optional<ResolvedSection> section(String child) {
    for (ResolvedSection section : sections) {
      if (section.name().latin1().equals(child)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /** The subsection at a relative path of names, e.g. {@code find("connections", "a")}. */
  public Optional<ResolvedSection> find(String... names) {
    Optional<ResolvedSection> current = Optional.of(this);
    for (String child : names) {
      current = current.flatMap(section -> section.section(child));
    }
    return current;
  }

  public boolean isInherited() {
    return inheritedFrom.isPresent();
  }
}
