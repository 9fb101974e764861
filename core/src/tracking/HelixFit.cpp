// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Angles.hpp>
#include <lupa/core/tracking/HelixFit.hpp>

#include <cmath>

namespace lupa::tracking {
namespace {

struct Circle {
    double x = 0;
    double y = 0;
    double r = 0;
};

/// Chernov's Taubin fit: centred moments, Newton on the characteristic polynomial from 0.
Result<Circle> taubin(std::span<const Vec3> points, bool origin) {
    const double n = static_cast<double>(points.size() + (origin ? 1 : 0));
    double mx = 0;
    double my = 0;
    for (const auto& p : points) {
        mx += p.x;
        my += p.y;
    }
    mx /= n;
    my /= n;
    double mxx = 0, myy = 0, mxy = 0, mxz = 0, myz = 0, mzz = 0;
    auto add = [&](double px, double py) {
        const double xi = px - mx;
        const double yi = py - my;
        const double zi = xi * xi + yi * yi;
        mxy += xi * yi;
        mxx += xi * xi;
        myy += yi * yi;
        mxz += xi * zi;
        myz += yi * zi;
        mzz += zi * zi;
    };
    for (const auto& p : points)
        add(p.x, p.y);
    if (origin)
        add(0.0, 0.0);
    mxx /= n;
    myy /= n;
    mxy /= n;
    mxz /= n;
    myz /= n;
    mzz /= n;
    const double mz = mxx + myy;
    const double covXY = mxx * myy - mxy * mxy;
    const double varZ = mzz - mz * mz;
    const double a3 = 4 * mz;
    const double a2 = -3 * mz * mz - mzz;
    const double a1 = varZ * mz + 4 * covXY * mz - mxz * mxz - myz * myz;
    const double a0 = mxz * (mxz * myy - myz * mxy) + myz * (myz * mxx - mxz * mxy) - varZ * covXY;
    double x = 0;
    double y = a0;
    for (int iter = 0; iter < 99; ++iter) {
        const double dy = a1 + x * (2 * a2 + 3 * a3 * x);
        const double xNew = x - y / dy;
        if (xNew == x || !std::isfinite(xNew))
            break;
        const double yNew = a0 + xNew * (a1 + xNew * (a2 + xNew * a3));
        if (std::abs(yNew) >= std::abs(y))
            break;
        x = xNew;
        y = yNew;
    }
    const double det = x * x - x * mz + covXY;
    const double cx = (mxz * (myy - x) - myz * mxy) / det / 2;
    const double cy = (myz * (mxx - x) - mxz * mxy) / det / 2;
    Circle circle{cx + mx, cy + my, std::sqrt(cx * cx + cy * cy + mz)};
    if (!std::isfinite(circle.x) || !std::isfinite(circle.y) || !std::isfinite(circle.r) || circle.r <= 0)
        return Error::runtime("helix fit: the points are collinear or identical in x-y");
    return circle;
}

} // namespace

double turningAngle(const Helix& helix, double x, double y) {
    const double sense = helix.charge > 0 ? -1.0 : 1.0;
    const double alphaPca = std::atan2(-helix.centreY, -helix.centreX);
    const double alpha = std::atan2(y - helix.centreY, x - helix.centreX);
    return wrapAngle(sense * (alpha - alphaPca));
}

Vec3 helixPoint(const Helix& helix, double angle) {
    const double sense = helix.charge > 0 ? -1.0 : 1.0;
    const double alpha = std::atan2(-helix.centreY, -helix.centreX) + sense * angle;
    return {helix.centreX + helix.radius * std::cos(alpha), helix.centreY + helix.radius * std::sin(alpha),
            helix.z0 + helix.radius * angle * helix.tanLambda};
}

Result<Helix> fitHelix(std::span<const Vec3> points, const HelixFitConfig& config, bool beamSpot) {
    if (points.size() < 3)
        return Error::runtime("helix fit: needs at least 3 points");
    auto circle = taubin(points, beamSpot);
    if (!circle)
        return std::move(circle).error();
    Helix helix;
    helix.centreX = circle->x;
    helix.centreY = circle->y;
    helix.radius = circle->r;
    // Turning sense: counter-clockwise (seen from +z) is a negative charge in a field along +z.
    double cross = 0;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const double ax = points[i].x - circle->x;
        const double ay = points[i].y - circle->y;
        const double bx = points[i + 1].x - circle->x;
        const double by = points[i + 1].y - circle->y;
        cross += ax * by - ay * bx;
    }
    helix.charge = cross > 0 ? -1 : 1;
    helix.pt = kPtPerTeslaMm * config.bFieldTesla * circle->r;

    const double dist = std::hypot(circle->x, circle->y);
    const double ux = dist > 0 ? -circle->x / dist : 1.0;
    const double uy = dist > 0 ? -circle->y / dist : 0.0;
    const double sense = helix.charge > 0 ? -1.0 : 1.0;
    helix.phi = std::atan2(sense * ux, -sense * uy);
    const double pcaX = circle->x + circle->r * ux;
    const double pcaY = circle->y + circle->r * uy;
    helix.d0 = -pcaX * std::sin(helix.phi) + pcaY * std::cos(helix.phi);

    // Line in s-z, weighted equally.
    double ss = 0, sz = 0, s2 = 0, zs = 0;
    const double n = static_cast<double>(points.size());
    double chi2 = 0;
    for (const auto& p : points) {
        const double s = circle->r * turningAngle(helix, p.x, p.y);
        ss += s;
        sz += p.z;
        s2 += s * s;
        zs += s * p.z;
        const double dr = std::hypot(p.x - circle->x, p.y - circle->y) - circle->r;
        chi2 += dr * dr / (config.sigmaTransverse * config.sigmaTransverse);
    }
    const double var = n * s2 - ss * ss;
    if (!(var > 1e-9 * (1 + s2)))
        return Error::runtime("helix fit: the points do not spread along the helix");
    helix.tanLambda = (n * zs - ss * sz) / var;
    helix.z0 = (sz - helix.tanLambda * ss) / n;
    for (const auto& p : points) {
        const double s = circle->r * turningAngle(helix, p.x, p.y);
        const double dz = p.z - helix.z0 - helix.tanLambda * s;
        chi2 += dz * dz / (config.sigmaZ * config.sigmaZ);
    }
    helix.theta = std::atan2(1.0, helix.tanLambda);
    helix.eta = std::asinh(helix.tanLambda);
    helix.chi2 = chi2;
    helix.ndf = 2 * static_cast<int>(points.size()) - 5;
    return helix;
}

} // namespace lupa::tracking
