package com.geftflow.blackbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a top-level string field from a JSON answer: enough for these tests, no JSON library. */
final class Json {

  private Json() {
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no \"" + name + "\" in " + json);
    }
    return m.group(1);
  }
}
