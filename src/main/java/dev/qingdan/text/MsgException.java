package dev.qingdan.text;

/**
 * A failure whose sentence is for a person: {@link #getMessage()} is the English, {@link #msg()}
 * the sentence to print in the reader's language.
 */
public class MsgException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Msg msg;

  public MsgException(Msg msg) {
    super(msg.en());
    this.msg = msg;
  }

  /** The sentence, to print in the reader's language. */
  public Msg msg() {
    return msg;
  }
}
