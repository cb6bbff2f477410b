/**
 * The open-data API under {@code /api/v1}: the same content as the pages, read from the
 * same services, as JSON with stable camelCase names. Every fact names its source
 * document by id (see {@code /api/v1/sources}). The records here are the API's contract:
 * they are mapped from the pages' read models, so a change to a page never changes the
 * shape of a response.
 */
package dev.mlcareers.portal.api;
