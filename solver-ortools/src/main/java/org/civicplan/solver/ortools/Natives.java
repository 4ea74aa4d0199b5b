// SPDX-License-Identifier: Apache-2.0
package org.civicplan.solver.ortools;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once, on first use. */
final class Natives {
  private static boolean loaded;

  private Natives() {}

  static synchronized void load() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
