package dev.galerkin.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A program that times the same work as our side, run as a child process so that nothing of ours
 * runs beside it. Adding a peer to a bench is one line in {@link Peers}, for example the DJL
 * peer: {@code new Peer("djl", "DJL (libtorch 2.7)", DjlPeers::missing,
 * a -> Optional.of(DjlPeers.command(a)))}.
 *
 * @param id the short name in {@code PEER ... peer=id} lines ({@code pytorch-debian})
 * @param label the name in the human table
 * @param missing why the peer cannot run on this machine, or empty when it can
 * @param command the bench's task arguments (for {@code bench train} and {@code bench predict}
 *     exactly those of the hidden {@code galerkin bench step}, see {@link StepTask#args()}) → the
 *     command line that measures it once and prints {@code STEP_MS}/{@code TRAIN_STEP_MS}/
 *     {@code PREDICT_MS} and {@code PEAK_RSS_KB} ({@link ChildOutput}); empty when the peer does
 *     not implement that task
 */
record Peer(String id, String label, Supplier<Optional<String>> missing,
    Function<List<String>, Optional<List<String>>> command) {}
