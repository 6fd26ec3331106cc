package io.opsledger.support;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The HTTP half of {@link LeakAudit}: reads the body of every answer with a status of 400 or more.
 * It decorates the whole HTTP handler rather than being a {@code WebFilter}, because the web
 * exception handlers ({@code HttpErrorAnswers}: 400, 404, 405, 413, 415, 500) write on the exchange
 * as it was before the filters, past any response a filter decorates. The bytes pass through
 * unchanged; an answer below 400 (a streamed export, a page) is not touched, only its status read.
 */
final class HttpErrorAudit implements HttpHandlerDecoratorFactory {

    /** The most of one error body that is read; error bodies are small, a larger one is checked in part. */
    private static final int MAX_CAPTURED_BYTES = 64 * 1024;

    private final LeakAudit audit;

    HttpErrorAudit(LeakAudit audit) {
        this.audit = audit;
    }

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> handler.handle(request, new AuditedResponse(request, response));
    }

    private final class AuditedResponse extends ServerHttpResponseDecorator {

        private final ServerHttpRequest request;

        AuditedResponse(ServerHttpRequest request, ServerHttpResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            if (!isError()) {
                return super.writeWith(body);
            }
            Capture capture = new Capture();
            // A Mono stays a Mono: the server then frames it with a Content-Length as it would unaudited.
            return super.writeWith(body instanceof Mono<? extends DataBuffer> single ? single.doOnNext(capture::add)
                    : Flux.from(body).doOnNext(capture::add));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            if (!isError()) {
                return super.writeAndFlushWith(body);
            }
            Capture capture = new Capture();
            return super.writeAndFlushWith(Flux.from(body).map(part -> Flux.from(part).doOnNext(capture::add)));
        }

        private boolean isError() {
            HttpStatusCode status = getStatusCode();
            return status != null && status.value() >= 400;
        }

        /**
         * The body's text as it goes out, checked as each buffer passes (before it is written, so a
         * test that has read the answer finds it checked), until it shows a leak or the cap is reached.
         */
        private final class Capture {

            private final StringBuilder text = new StringBuilder();
            private int bytes;
            private boolean done;

            synchronized void add(DataBuffer buffer) {
                int readable = Math.min(buffer.readableByteCount(), MAX_CAPTURED_BYTES - bytes);
                if (done || readable <= 0) {
                    return;
                }
                text.append(buffer.toString(buffer.readPosition(), readable, StandardCharsets.UTF_8));
                bytes += readable;
                done = audit.inspect("HTTP %s %s answered %d".formatted(request.getMethod(), request.getPath().value(),
                        getStatusCode().value()), text.toString());
            }
        }
    }
}
