package com.geftflow.web;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Request bodies are read bounded, then checked to be one whole, well-formed JSON value before
 * anything binds them. The binding cannot be trusted with less: Parsson's {@code skipObject}, which
 * JSON-B uses to skip an unknown property, never ends on truncated input such as {@code {"zzz":{"a":1}
 * (eclipse-ee4j/parsson#23), pinning a request thread at 100 % CPU. The streaming parser used here
 * stops at the end of input.
 */
public final class JsonBodies {

  /** The default of {@code geft.http.max-body-size}: far above any request of the product. */
  public static final int DEFAULT_LIMIT = 64 * 1024;

  /**
   * The JSON-P provider, looked up once: {@code Json.createParser} and {@code Json.createReader} look
   * it up on every call (a class-path scan).
   */
  public static final JsonProvider JSON = JsonProvider.provider();

  /**
   * The product's one JSON-B instance, with the defaults: each keeps its own mappings of the classes
   * it has seen. This class is first loaded by a request, or by the Flinks client under the
   * application's class loader: on a Camunda job thread the JSON-B provider is not found.
   */
  public static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBodies() {
  }

  /** @throws ProblemException 413 as soon as more than {@code limit} bytes arrived */
  public static byte[] read(InputStream in, int limit) throws IOException {
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw new ProblemException(413, "Content Too Large", "The body is larger than " + limit + " bytes");
    }
    return body;
  }

  /**
   * @throws ProblemException 400 when the body is not complete, well-formed JSON, or when a text
   *     value holds a control character (a field error naming the field)
   */
  public static void check(byte[] body) {
    List<FieldError> errors = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    String key = null;
    try (JsonParser parser = JSON.createParser(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      while (parser.hasNext()) {
        switch (parser.next()) {
          case KEY_NAME -> key = parser.getString();
          case START_OBJECT, START_ARRAY -> {
            path.addLast(key == null ? "" : key);
            key = null;
          }
          case END_OBJECT, END_ARRAY -> path.pollLast();
          case VALUE_STRING -> {
            if (hasControlCharacter(parser.getString())) {
              errors.add(new FieldError(field(path, key), "must not contain control characters"));
            }
          }
          default -> {
          }
        }
      }
    } catch (JsonException notJson) {
      throw ProblemException.invalid("body", "is not complete, well-formed JSON");
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /** NUL and the other C0 controls, and DEL; a line break or a tab may stand in free text. */
  public static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f);
  }

  private static String field(Deque<String> path, String key) {
    List<String> names = new ArrayList<>(path.stream().filter(name -> !name.isEmpty()).toList());
    if (key != null) {
      names.add(key);
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }
}
