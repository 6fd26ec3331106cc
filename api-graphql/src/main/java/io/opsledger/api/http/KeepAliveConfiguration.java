package io.opsledger.api.http;

import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps HTTP/1.1 keep-alive connections reading. Reactor Netty 1.2 (up to 1.2.18, the newest here)
 * queues a request that arrives while the previous one on its connection is still finishing (a
 * client that sends its next request as soon as it has read an answer, or pipelines). When it then
 * dispatches that request and the answer is complete before it has passed on the request's body
 * (a refusal decided on the event loop: no token, the environment's ADMIN token, a body over the
 * limit), nothing asks the connection for more: the next request on it is never read, and the
 * client waits until it gives up (reactor/reactor-netty#4347, #4361).
 * <p>
 * So every request is handled in a task of its own on its connection's event loop, after the
 * dispatch has handed over the whole request: an answer, however quick, then ends a request whose
 * queue is empty, and Reactor Netty asks for the next one. Same thread, one task more per request.
 */
@Configuration(proxyBeanMethods = false)
class KeepAliveConfiguration {

    @Bean
    NettyServerCustomizer handleEachRequestAfterItsDispatch() {
        return server -> server.mapHandle((handling, connection) ->
                // A plain Executor: a cancelled request drops its task, never interrupts the event loop.
                handling.subscribeOn(Schedulers.fromExecutor(task -> connection.channel().eventLoop().execute(task))));
    }
}
