"""Keep what OCR read on each page of a scanned document, by the file's hash.

Reading a scanned page takes about ten seconds; the words and boxes read are stored so that a scan
is never read twice, even when its candidate was deleted and the file is imported again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scanned_page',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('height', sa.Float(), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('turn', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'page', name=op.f('pk_scanned_page'))
    )


def downgrade() -> None:
    op.drop_table('scanned_page')
