// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only map that iterates in insertion order, like a {@link java.util.LinkedHashMap} that
 * is no longer changed, kept in two arrays and an index table instead of one node per entry. A reader builds one per resolved section (every setting of every file goes into one),
 * and {@link ResolvedSection} keeps a map of this class as it is instead of copying it.
 */
public final class InsertionOrderedMap<K, V> extends AbstractMap<K, V> {
  private static final InsertionOrderedMap<?, ?> EMPTY = new Builder<>(0).build();

  private final Object[] keys;
  private final Object[] values;
  private final int size;
  /** Open addressing: entry index + 1 per slot, 0 for a free slot; the length is a power of two. */
  private final int[] slots;

  private InsertionOrderedMap(Object[] keys, Object[] values, int size, int[] slots) {
    this.keys = keys;
    this.values = values;
    this.size = size;
    this.slots = slots;
  }

  /** {@code map} itself when it is already an {@code InsertionOrderedMap}, else a copy in its iteration order. */
  @SuppressWarnings("unchecked")
  public static <K, V> InsertionOrderedMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
    if (map instanceof InsertionOrderedMap<?, ?> ordered) {
      return (InsertionOrderedMap<K, V>) ordered;
    }
    Builder<K, V> builder = new Builder<>(map.size());
    map.forEach(builder::put);
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  public static <K, V> InsertionOrderedMap<K, V> of() {
    return (InsertionOrderedMap<K, V>) EMPTY;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(keys, slots, key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int index = indexOf(keys, slots, key);
    return index < 0 ? null : (V) values[index];
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept((K) keys[i], (V) values[i]);
    }
  }

  @Override
  public Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<V> iterator() {
        return new Cursor<>(size) {
          @Override
          @SuppressWarnings("unchecked")
          V at(int index) {
            return (V) values[index];
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        return new Cursor<>(size) {
          @Override
          @SuppressWarnings("unchecked")
          Entry<K, V> at(int index) {
            return new SimpleImmutableEntry<>((K) keys[index], (V) values[index]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Collects entries in order; {@link #put} on a known key replaces its value and keeps its place. */
  public static final class Builder<K, V> {
    private Object[] keys;
    private Object[] values;
    private int size;
    private int[] slots;

    public Builder(int expectedSize) {
      int capacity = Math.max(expectedSize, 4);
      keys = new Object[capacity];
      values = new Object[capacity];
      slots = new int[tableSize(capacity)];
    }

    public boolean containsKey(Object key) {
      return indexOf(keys, slots, key) >= 0;
    }

    /** @return the value {@code key} had, or null */
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
      int slot = slotOf(slots, key);
      while (slots[slot] != 0) {
        int index = slots[slot] - 1;
        if (Objects.equals(keys[index], key)) {
          V previous = (V) values[index];
          values[index] = value;
          return previous;
        }
        slot = (slot + 1) & (slots.length - 1);
      }
      if (size == keys.length) {
        grow();
        put(key, value);
        return null;
      }
      keys[size] = key;
      values[size] = value;
      size++;
      slots[slot] = size;
      return null;
    }

    public int size() {
      return size;
    }

    /** The value of the {@code index}th key put, counting from 0: the builder doubles as an ordered list. */
    @SuppressWarnings("unchecked")
    public V valueAt(int index) {
      Objects.checkIndex(index, size);
      return (V) values[index];
    }

    /** The map so far; the builder must not be used afterwards (the map shares its arrays). */
    public InsertionOrderedMap<K, V> build() {
      InsertionOrderedMap<K, V> map = new InsertionOrderedMap<>(keys, values, size, slots);
      keys = null;
      values = null;
      slots = null;
      return map;
    }

    private void grow() {
      keys = Arrays.copyOf(keys, keys.length * 2);
      values = Arrays.copyOf(values, values.length * 2);
      slots = new int[tableSize(keys.length)];
      for (int index = 0; index < size; index++) {
        int slot = slotOf(slots, keys[index]);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = index + 1;
      }
    }
  }

  /** At most half full, so that probes stay short. */
  private static int tableSize(int capacity) {
    return Integer.highestOneBit(capacity * 2 - 1) << 1;
  }

  private static int slotOf(int[] slots, Object key) {
    int hash = Objects.hashCode(key);
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }

  private static int indexOf(Object[] keys, int[] slots, Object key) {
    int slot = slotOf(slots, key);
    while (slots[slot] != 0) {
      int index = slots[slot] - 1;
      if (Objects.equals(keys[index], key)) {
        return index;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return -1;
  }

  /** Walks the entries in order. */
  private abstract static class Cursor<T> implements Iterator<T> {
    private final int size;
    private int next;

    Cursor(int size) {
      this.size = size;
    }

    abstract T at(int index);

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }
}
