// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AboutDialog.hpp"

#include "QCustomPlotInclude.hpp"

#include <lupa/core/ml/Versions.hpp>
#include <lupa/vision/Version.hpp>
#include <lupa/visualization/Version.hpp>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

QTreeWidget* makeVersionTable(QWidget* parent) {
    auto* table = new QTreeWidget(parent);
    table->setObjectName(QStringLiteral("libraryVersions"));
    table->setColumnCount(2);
    table->setHeaderLabels({AboutDialog::tr("Library"), AboutDialog::tr("Version")});
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (const auto& [name, version] : AboutDialog::libraryVersions())
        table->addTopLevelItem(
            new QTreeWidgetItem(QStringList{QString::fromStdString(name), QString::fromStdString(version)}));
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setMinimumHeight(220);
    return table;
}

QLabel* makeHeading(QWidget* parent) {
    auto* heading = new QLabel(parent);
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    heading->setOpenExternalLinks(true);
    heading->setText(QStringLiteral("<h2>lupa %1</h2><p>%2</p><p>%3</p>")
                         .arg(QApplication::applicationVersion(),
                              AboutDialog::tr("A workbench for detector physicists: module inspection, event "
                                              "display, tracking, calorimeter validation and anomaly "
                                              "detection.")
                                  .toHtmlEscaped(),
                              AboutDialog::tr("Free software under the GNU General Public License, version 3 "
                                              "or later. It comes with no warranty.")
                                  .toHtmlEscaped()));
    return heading;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About lupa"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/lupa/icons/lupa.svg")).pixmap(QSize(96, 96)));
    auto* top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(makeHeading(this), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Libraries"), this));
    layout->addWidget(makeVersionTable(this));
    layout->addWidget(buttons);
    resize(560, 520);
}

std::vector<LibraryVersion> AboutDialog::libraryVersions() {
    std::vector<LibraryVersion> versions = coreLibraryVersions();
    for (auto&& more : {ml::libraryVersions(), vision::libraryVersions(), visualization::libraryVersions()})
        versions.insert(versions.end(), more.begin(), more.end());
    versions.emplace_back("Qt", std::string(qVersion()) + " (built with " QT_VERSION_STR ")");
    versions.emplace_back("QCustomPlot", QCUSTOMPLOT_VERSION_STR);
    return versions;
}

QString AboutDialog::versionReport() {
    QString report = QStringLiteral("lupa %1\n").arg(QApplication::applicationVersion());
    for (const auto& [name, version] : libraryVersions())
        report +=
            QStringLiteral("%1 %2\n").arg(QString::fromStdString(name), QString::fromStdString(version));
    return report;
}

} // namespace lupa::app
