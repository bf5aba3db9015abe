package com.geftflow.process;

/**
 * The names of {@code bpmn/geft-payment.bpmn} that code refers to, defined once here; a unit test
 * holds them against the model.
 */
public final class GeftProcess {

  /** The process definition key; a calling process names it in {@code calledElement}. */
  public static final String KEY = "geft-payment";

  /** The operations process that a status reported after the payment's process ended starts. */
  public static final String LATE_OUTCOME_KEY = "geft-late-outcome";

  /**
   * The process a cancel from outside starts (the payment id its business key): it asks Flinks to
   * cancel the session once that cancel has committed, and again while Flinks is down.
   */
  public static final String CANCEL_AT_FLINKS_KEY = "geft-cancel-at-flinks";

  /** The operations process each finding of a reconciliation starts, the finding's id its business key. */
  public static final String RECONCILIATION_MISMATCH_KEY = "geft-reconciliation-mismatch";

  /** Message that wakes a waiting payment: Flinks' status may have changed, check it now. */
  public static final String STATUS_CHANGED = "GeftStatusChanged";

  /**
   * Message a payment started by a call activity sends its calling process as soon as a Flinks
   * session exists (again after a new session), with {@code paymentId}, {@code checkoutUrl},
   * {@code checkoutExpiresAt}: catch it with a non-interrupting boundary event on the call activity.
   */
  public static final String CHECKOUT_READY = "GeftCheckoutReady";

  /** BPMN error thrown when the input or Flinks refused the payment; a calling process may catch it. */
  public static final String REJECTED = "GEFT_REJECTED";

  /** The operators' user tasks. */
  public static final String DECIDE_OFFER = "DecideOffer";
  public static final String ARRANGE_ALTERNATIVE = "ArrangeAlternative";
  public static final String REVIEW_IDENTITY = "ReviewIdentity";
  public static final String INVESTIGATE_STATUS = "InvestigateStatus";
  public static final String FOLLOW_UP_PAD = "FollowUpPad";
  public static final String FLINKS_UNREACHABLE = "FlinksUnreachable";
  /** The task of {@link #LATE_OUTCOME_KEY}. */
  public static final String LATE_OUTCOME = "LateOutcome";
  /** The task of {@link #RECONCILIATION_MISMATCH_KEY}. */
  public static final String RECONCILIATION_MISMATCH = "ReconciliationMismatch";

  /** The values of the {@code decision} variable that the forms (and the lender API) set. */
  public enum Decision {
    /** Decide on next-best offer. */
    ACCEPT, REFUSE,
    /** Review identity mismatch: a new session with corrected names. */
    RETRY,
    /** Investigate status, Flinks unreachable: check again with a fresh budget. */
    RECHECK,
    /** Investigate status. */
    CANCEL,
    /** Follow up PAD: keep watching. */
    WAIT,
    /** Review identity: end the payment as it stands. Investigate, follow up PAD: cancel at Flinks first. */
    CLOSE,
    /** Arrange alternative payment. */
    ARRANGED, NONE,
    /** Arrange alternative payment (or the lender API): the same payment, a new Flinks session. */
    NEW_SESSION,
    /** Late outcome, reconciliation mismatch: the lender was told and the money reconciled. */
    RECONCILED
  }

  private GeftProcess() {
  }
}
