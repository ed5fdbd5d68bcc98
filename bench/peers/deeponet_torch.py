"""Peer timing: one Adam training step of the DeepONet that `galerkin bench train` times, in PyTorch CPU.
Antiderivative setup (Lu et al. 2021): branch input m = 100 sensors, trunk on P = 100 points of [0, 1]
(scaled to [-1, 1] as Galerkin does), branch m -> 64 -> 64 (GELU) -> p linear, trunk 1 -> 64 -> 64 -> p
(GELU after every trunk layer, as Galerkin), p = 64, output b . t + bias, GELU tanh approximation
(the same formula as Galerkin's Activation.GELU), MSE loss, Adam lr 1e-3, random data.
Usage: python3 deeponet_torch.py [B] [warm] [iters] [threads] [m] [P] [width] [layers] [p] [train|predict]
Mode train (default) times Adam steps; predict times the forward pass under torch.inference_mode() on the
batch in chunks of 32 samples (as Galerkin's NeuralOperator.predict). Prints STEP_MS (every timed step,
ms), TRAIN_STEP_MS or PREDICT_MS (their mean) and PEAK_RSS_KB (ru_maxrss)."""
import sys, time, resource
import torch, torch.nn as nn, torch.nn.functional as F

arg = lambda i, d: int(sys.argv[i]) if len(sys.argv) > i else d
B, warm, iters, threads = arg(1, 100), arg(2, 3), arg(3, 10), arg(4, 2)
M, P, W, L, LAT = arg(5, 100), arg(6, 100), arg(7, 64), arg(8, 2), arg(9, 64)
mode = sys.argv[10] if len(sys.argv) > 10 else 'train'
CHUNK = 32                                          # NeuralOperator.predictBatch()
torch.set_num_threads(threads)
torch.manual_seed(0)

def gelu(x):
    return F.gelu(x, approximate='tanh')

class DeepONet(nn.Module):
    def __init__(self):
        super().__init__()
        self.branch = nn.ModuleList([nn.Linear(M if l == 0 else W, W) for l in range(L)])
        self.branch_out = nn.Linear(W, LAT)
        self.trunk = nn.ModuleList([nn.Linear(1 if l == 0 else W, W) for l in range(L)])
        self.trunk_out = nn.Linear(W, LAT)
        self.bias = nn.Parameter(torch.zeros(1))
    def forward(self, u, y):
        b = u
        for layer in self.branch:
            b = gelu(layer(b))
        b = self.branch_out(b)                      # [B, p]
        t = y
        for layer in self.trunk:
            t = gelu(layer(t))
        t = gelu(self.trunk_out(t))                 # [P, p]
        return b @ t.T + self.bias                  # [B, P]

model = DeepONet()
nparams = sum(p.numel() for p in model.parameters())
print('deeponet B', B, 'm', M, 'P', P, 'width', W, 'layers', L, 'p', LAT, 'threads',
      torch.get_num_threads(), 'params', nparams)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
g = torch.Generator().manual_seed(1)
u = torch.randn(B, M, generator=g)
s = torch.randn(B, P, generator=g)
y = (2 * torch.linspace(0, 1, P) - 1).reshape(P, 1)

def step():
    if mode == 'predict':
        with torch.inference_mode():
            for i in range(0, B, CHUNK):
                model(u[i:i + CHUNK], y)
        return
    opt.zero_grad(set_to_none=True)
    loss = F.mse_loss(model(u, y), s)
    loss.backward()
    opt.step()

steps = []
for it in range(warm + iters):
    t0 = time.perf_counter()
    step()
    ms = (time.perf_counter() - t0) * 1e3
    if it >= warm: steps.append(ms)
print('STEP_MS ' + ' '.join('%.4f' % v for v in steps))
print('%s %.3f' % ('PREDICT_MS' if mode == 'predict' else 'TRAIN_STEP_MS', sum(steps) / iters))
print('PEAK_RSS_KB %d' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
