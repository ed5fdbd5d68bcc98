// Galerkin: a rectangular plate [0, W] x [0, H] with an elliptic hole.
//
// The hole has its centre at (cx, cy), semi-axes a (along the rotated x axis) and b, and is
// rotated by theta radians counter-clockwise. h is the target element size; the hole gets at least
// about 24 elements around it whatever h is, and elements near the hole shrink to fit the
// narrowest gap between the hole and the plate's edges.
//
// Every parameter is a DefineConstant, so `gmsh -setnumber NAME VALUE` overrides it (Gmsh 4.8.4
// ignores -setnumber for a plain assignment `a = 0.5;`). The script checks that the hole lies
// strictly inside the plate, with a margin of at least h/4, and stops with an error otherwise.
//
// Physical curves: "left", "right", "bottom", "top", "hole"; physical surface: "plate".
// Built-in geometry kernel (no OpenCASCADE boolean), so the curve tags are fixed by this file.

DefineConstant[
  W = {2.0, Name "W"},
  H = {1.0, Name "H"},
  cx = {1.0, Name "cx"},
  cy = {0.5, Name "cy"},
  a = {0.3, Name "a"},
  b = {0.2, Name "b"},
  theta = {0.0, Name "theta"},
  h = {0.1, Name "h"},
  refine = {1, Name "refine"}
];

If (W <= 0 || H <= 0 || a <= 0 || b <= 0 || h <= 0 || refine < 1)
  Error("plate-with-hole.geo: W, H, a, b and h must be positive (W=%g H=%g a=%g b=%g h=%g)",
        W, H, a, b, h);
  Abort;
EndIf

// half-extents of the rotated ellipse's bounding box
ex = Sqrt((a * Cos(theta))^2 + (b * Sin(theta))^2);
ey = Sqrt((a * Sin(theta))^2 + (b * Cos(theta))^2);
margin = h / 4;
If (cx - ex < margin || cx + ex > W - margin || cy - ey < margin || cy + ey > H - margin)
  Error("plate-with-hole.geo: the hole (centre %g %g, half-extents %g %g) must lie inside [0,%g]x[0,%g] with a margin of h/4 = %g",
        cx, cy, ex, ey, W, H, margin);
  Abort;
EndIf

// element size on the hole: h / refine (refine >= 1, default 1), but at least 24 elements around
// it (Ramanujan's perimeter)
perimeter = Pi * (3 * (a + b) - Sqrt((3 * a + b) * (a + 3 * b)));
hHole = h / refine;
If (perimeter / 24 < hHole)
  hHole = perimeter / 24;
EndIf

Point(1) = {0, 0, 0, h};
Point(2) = {W, 0, 0, h};
Point(3) = {W, H, 0, h};
Point(4) = {0, H, 0, h};
Line(1) = {1, 2};
Line(2) = {2, 3};
Line(3) = {3, 4};
Line(4) = {4, 1};

// the hole: centre 5, quarter points 6..9 at parameter t = 0, pi/2, pi, 3pi/2
ux = Cos(theta); uy = Sin(theta);
vx = -Sin(theta); vy = Cos(theta);
Point(5) = {cx, cy, 0, hHole};
Point(6) = {cx + a * ux, cy + a * uy, 0, hHole};
Point(7) = {cx + b * vx, cy + b * vy, 0, hHole};
Point(8) = {cx - a * ux, cy - a * uy, 0, hHole};
Point(9) = {cx - b * vx, cy - b * vy, 0, hHole};
// a point on the major axis, as the built-in Ellipse needs
major = 6;
If (b > a)
  major = 7;
EndIf
Ellipse(5) = {6, 5, major, 7};
Ellipse(6) = {7, 5, major, 8};
Ellipse(7) = {8, 5, major, 9};
Ellipse(8) = {9, 5, major, 6};

Curve Loop(1) = {1, 2, 3, 4};
Curve Loop(2) = {5, 6, 7, 8};
Plane Surface(1) = {1, 2};

Physical Curve("bottom", 1) = {1};
Physical Curve("right", 2) = {2};
Physical Curve("top", 3) = {3};
Physical Curve("left", 4) = {4};
Physical Curve("hole", 5) = {5, 6, 7, 8};
Physical Surface("plate", 6) = {1};

// Near the hole the size is hNear: hHole, or the narrowest gap between the hole and the plate's
// edges if that is smaller (so that a gap of h/4 still holds well-shaped elements); it grows
// linearly to h at a distance of 3 h from the hole. Elsewhere the points' sizes (h) apply.
gap = Min(Min(cx - ex, W - cx - ex), Min(cy - ey, H - cy - ey));
hNear = hHole;
If (gap < hNear)
  hNear = gap;
EndIf
Field[1] = Distance;
Field[1].CurvesList = {5, 6, 7, 8};
Field[1].NumPointsPerCurve = 400;
Field[2] = Threshold;
Field[2].InField = 1;
Field[2].SizeMin = hNear;
Field[2].SizeMax = h;
Field[2].DistMin = 0;
Field[2].DistMax = 3 * h;
Background Field = 2;

// No Mesh.MeshSizeMax here: an option set in the .geo overrides the command line's -clmax.
Mesh.MeshSizeExtendFromBoundary = 1;
