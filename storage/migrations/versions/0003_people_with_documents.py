"""A candidate is a person with one or more documents, each with its own profile and highlights.

Every existing candidate becomes a person with their one document: the profile moves from the
candidate to that document (table document_profile), each highlight names the document it marks,
and a document no longer has to be its person's only one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_constraint('uq_document_candidate_id', type_='unique')
        batch_op.create_index(batch_op.f('ix_document_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('document_profile',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('parsed', sa.JSON(), nullable=False),
    sa.Column('edited', sa.JSON(), nullable=False),
    sa.Column('parser_version', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_profile_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_profile'))
    )
    op.execute(
        "INSERT INTO document_profile (document_id, parsed, edited, parser_version) "
        "SELECT document.id, profile.parsed, profile.edited, profile.parser_version "
        "FROM profile JOIN document ON document.candidate_id = profile.candidate_id"
    )
    op.drop_table('profile')

    with op.batch_alter_table('highlight', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_id', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE highlight SET document_id = "
        "(SELECT document.id FROM document WHERE document.candidate_id = highlight.candidate_id)"
    )
    with op.batch_alter_table('highlight', schema=None) as batch_op:
        batch_op.alter_column('document_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_highlight_document_id_document'), 'document', ['document_id'], ['id'], ondelete='CASCADE'
        )
        batch_op.create_index(batch_op.f('ix_highlight_document_id'), ['document_id'], unique=False)


def downgrade() -> None:
    """Back to one document per candidate: a person's other documents (and their highlights) are dropped."""
    op.execute(
        "DELETE FROM document WHERE id NOT IN (SELECT min(id) FROM document GROUP BY candidate_id)"
    )
    with op.batch_alter_table('highlight', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_highlight_document_id'))
        batch_op.drop_constraint(batch_op.f('fk_highlight_document_id_document'), type_='foreignkey')
        batch_op.drop_column('document_id')

    op.create_table('profile',
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('parsed', sa.JSON(), nullable=False),
    sa.Column('edited', sa.JSON(), nullable=False),
    sa.Column('parser_version', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_profile_candidate_id_candidate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('candidate_id', name=op.f('pk_profile'))
    )
    op.execute(
        "INSERT INTO profile (candidate_id, parsed, edited, parser_version) "
        "SELECT document.candidate_id, document_profile.parsed, document_profile.edited, document_profile.parser_version "
        "FROM document_profile JOIN document ON document.id = document_profile.document_id"
    )
    op.drop_table('document_profile')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_candidate_id'))
        batch_op.create_unique_constraint(batch_op.f('uq_document_candidate_id'), ['candidate_id'])
