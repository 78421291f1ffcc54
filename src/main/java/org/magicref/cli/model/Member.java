package org.magicref.cli.model;

/** What a command is made of, in the order its class declares it: options and parameters, mixins, argument groups. */
sealed interface Member permits ArgNode, MixinNode, GroupNode {
}
