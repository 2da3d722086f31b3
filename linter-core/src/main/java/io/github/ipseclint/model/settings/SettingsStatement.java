// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.Span;

/** One statement of a settings file as written: a section, a key/value setting or an include. */
public sealed interface SettingsStatement permits SettingsSection, SettingsKeyValue, SettingsInclude {

  Span span();
}
