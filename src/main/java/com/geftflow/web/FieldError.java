package com.geftflow.web;

/** One invalid field, named by its JSON path ({@code payor.address.postalCode}). */
public record FieldError(String field, String message) {
}
