package com.geftflow.payment;

/**
 * What reading Flinks' status did to the record while the process could not act on it (an operator
 * held a task, or the process had ended).
 *
 * @param before the payment's state before the read
 * @param after the state the record holds now
 * @param answered Flinks answered (false during an outage: nothing was learnt)
 */
public record StatusFollowed(PaymentState before, PaymentState after, boolean answered) {

  static StatusFollowed unanswered(PaymentState state) {
    return new StatusFollowed(state, state, false);
  }

  /** Flinks reports another state than the record had. */
  public boolean changed() {
    return after != before;
  }

  /** Flinks has said its last word, and it is news: whatever a person was deciding is moot. */
  public boolean settled() {
    return changed() && after.isTerminal();
  }
}
