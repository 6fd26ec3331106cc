package io.opsledger.api.limits;

import io.opsledger.kernel.limits.CommandLimits;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Checks each command against its declared limits as it is dispatched, before any handler (and
 * so any aggregate) sees it, and sends on the normalised copy. A broken limit is thrown to the
 * sender as a rule violation, which every API answers as a VALIDATION error naming the rule and
 * the field path.
 */
@Configuration(proxyBeanMethods = false)
class CommandLimitsConfiguration {

    /** The limits, also for an endpoint that must check a command before it sends another one. */
    @Bean
    static CommandLimits commandLimits(@Value("${opsledger.limits.client-clock-ahead:24h}") Duration clientClockAhead) {
        return new CommandLimits(Clock.systemUTC(), clientClockAhead);
    }

    @Autowired
    void checkLimitsOnDispatch(CommandBus commandBus, CommandLimits commandLimits) {
        commandBus.registerDispatchInterceptor(new LimitsInterceptor(commandLimits));
    }

    private record LimitsInterceptor(CommandLimits limits) implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, message) -> {
                Object payload = message.getPayload();
                if (!CommandLimits.applies(payload)) {
                    return message;
                }
                Object checked = limits.check(payload);
                return checked == payload ? message : new GenericCommandMessage<>(
                        new GenericMessage<>(message.getIdentifier(), checked, message.getMetaData()),
                        message.getCommandName());
            };
        }
    }
}
