package org.annalist.server;

import io.javalin.http.Handler;

/**
 * One route of the API, as registered and as {@code openapi.json} must describe it.
 *
 * @param method GET or POST
 * @param path Javalin path with {name} parameters, the same syntax as OpenAPI
 * @param write whether the route changes the store and so needs the token
 */
record ApiRoute(String method, String path, boolean write, Handler handler) {}
