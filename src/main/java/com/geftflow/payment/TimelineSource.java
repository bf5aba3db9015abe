package com.geftflow.payment;

/** Who told us what a timeline entry records. */
public enum TimelineSource {
  API, WEBHOOK, POLL, FRONTEND, OPERATOR, SYSTEM
}
