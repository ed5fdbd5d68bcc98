// The quarter of the annulus a <= r <= R, 0 <= theta <= pi/2, of the Kirsch test: element size h
// on the outer arc and h/4 on the hole, physical curves hole, outer, symmetry_x (theta = 0, where
// u_y = 0) and symmetry_y (theta = pi/2, where u_x = 0); the point (0, a) is a node.
DefineConstant[ a = {0.01, Name "a"}, R = {0.05, Name "R"}, h = {0.01, Name "h"} ];
Point(1) = {0, 0, 0, h};
Point(2) = {a, 0, 0, h / 4};
Point(3) = {R, 0, 0, h};
Point(4) = {0, R, 0, h};
Point(5) = {0, a, 0, h / 4};
Line(1) = {2, 3};
Circle(2) = {3, 1, 4};
Line(3) = {4, 5};
Circle(4) = {5, 1, 2};
Curve Loop(1) = {1, 2, 3, 4};
Plane Surface(1) = {1};
Physical Curve("symmetry_x", 1) = {1};
Physical Curve("outer", 2) = {2};
Physical Curve("symmetry_y", 3) = {3};
Physical Curve("hole", 4) = {4};
Physical Surface("plate", 1) = {1};
