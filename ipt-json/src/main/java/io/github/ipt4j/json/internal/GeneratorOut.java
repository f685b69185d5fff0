package io.github.ipt4j.json.internal;

import io.github.ipt4j.json.ErrorCode;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;

/** Writes through a host's Jackson generator (for the Jackson module). Internal. */
public final class GeneratorOut implements Out {
  private final JsonGenerator gen;

  /**
   * Wraps a generator.
   *
   * @param gen the host's generator
   */
  public GeneratorOut(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public Out beginObject() {
    gen.writeStartObject();
    return this;
  }

  @Override
  public Out endObject() {
    gen.writeEndObject();
    return this;
  }

  @Override
  public Out beginArray() {
    gen.writeStartArray();
    return this;
  }

  @Override
  public Out endArray() {
    gen.writeEndArray();
    return this;
  }

  @Override
  public Out name(String name) {
    gen.writeName(name);
    return this;
  }

  @Override
  public Out string(String value) {
    if (Encoding.loneSurrogate(value) >= 0) {
      throw Fail.at(
          ErrorCode.ENCODING,
          Pointer.ROOT,
          0,
          0,
          "a string holds a lone surrogate (an unpaired UTF-16 code unit), which has no UTF-8"
              + " form; it cannot be written");
    }
    gen.writeString(value);
    return this;
  }

  /** Writes a date's ISO-8601 form, which is ASCII: no surrogate to look for. */
  @Override
  public Out date(LocalDate value) {
    gen.writeString(value.toString());
    return this;
  }

  @Override
  public Out number(int value) {
    gen.writeNumber(value);
    return this;
  }

  @Override
  public Out bool(boolean value) {
    gen.writeBoolean(value);
    return this;
  }
}
