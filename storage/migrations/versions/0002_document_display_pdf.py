"""Keep the PDF rendition of DOCX/TXT/Markdown documents beside the original bytes.

The reviewer sees (and highlights, and exports annotated) the rendition, and the parser's
provenance rectangles point into it, so it must be stored rather than re-rendered: a future
renderer that lays text out differently would otherwise move every stored rectangle.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('display_pdf', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('display_pdf')
