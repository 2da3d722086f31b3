// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.List;

/**
 * The keyword table's names as shared {@link ByteText}s, found straight from a key's bytes in the
 * file. Nearly every setting's key is one of them: sharing one instance saves the key's copy, and
 * since the text is the same (interned) {@code String} that {@link KeywordIndex} is keyed by, every
 * later map lookup of the key matches by identity instead of comparing characters.
 */
final class KnownKeys {
  /** Open addressing over {@link String#hashCode()}; at most half full. */
  private static final ByteText[] SLOTS = slots(KeywordTables.STRONGSWAN_IPSEC_CONF.names());

  private KnownKeys() {}

  /** The table name interned as it is used throughout ({@code String.intern}, so literals match it too). */
  static String canonical(String name) {
    return name.intern();
  }

  /** The bytes {@code [start, end)} of {@code file}: the shared instance when they spell a table name. */
  static ByteText of(SourceFile file, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + (file.byteAt(i) & 0xff);
    }
    for (int slot = slotOf(hash, SLOTS.length); SLOTS[slot] != null; slot = (slot + 1) & (SLOTS.length - 1)) {
      if (spells(file, start, end, SLOTS[slot].latin1())) {
        return SLOTS[slot];
      }
    }
    return file.slice(start, end);
  }

  private static boolean spells(SourceFile file, int start, int end, String name) {
    if (name.length() != end - start) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if ((file.byteAt(start + i) & 0xff) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static ByteText[] slots(List<String> names) {
    ByteText[] slots = new ByteText[Integer.highestOneBit(Math.max(names.size(), 1) * 2 - 1) << 1];
    for (String name : names) {
      int slot = slotOf(name.hashCode(), slots.length);
      while (slots[slot] != null) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = new ByteText(canonical(name));
    }
    return slots;
  }

  private static int slotOf(int hash, int tableLength) {
    return (hash ^ (hash >>> 16)) & (tableLength - 1);
  }
}
